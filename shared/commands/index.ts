export * from './command';
export * from './roadmap';
export * from './goals';
export * from './key-results';
export * from './initiatives';
export * from './milestones';
export * from './dependencies';
export * from './undo';
