export * from './time';
export * from './model';
export * from './commands';
export * from './read-model';
export * from './layout';
export * from './library/roadmap-library';
export * from './sample/sample-roadmap';
export * from './file-format';
