export * from './time-scale';
export * from './pack-rows';
export * from './zoom';
export * from './lane-layout';
export * from './drag';
export * from './dependency-paths';
export * from './colors';
