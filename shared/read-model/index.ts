export * from './progress';
export * from './roadmap-store';
export * from './lanes';
export * from './memo';
export * from './filters';
export * from './invalid-records';
export * from './dates';
