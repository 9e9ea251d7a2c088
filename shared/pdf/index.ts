export * from './options';
export * from './text-fit';
export * from './layout';
export * from './paint';
