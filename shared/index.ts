export * from './time';
export * from './model';
export * from './commands';
export * from './read-model';
export * from './sample/sample-roadmap';
