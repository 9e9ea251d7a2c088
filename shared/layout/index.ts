export * from './time-scale';
export * from './pack-rows';
