export * from './options';
export * from './lane-choice';
export * from './text-fit';
export * from './plan-pdf';
export * from './paint';
export * from './render';
