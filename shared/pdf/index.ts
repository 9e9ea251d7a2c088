export * from './options';
export * from './lane-choice';
export * from './text-fit';
export * from './layout';
export * from './paint';
export * from './render';
