export * from './iso-date';
export * from './clock';
export * from './calendar-units';
export * from './day-range';
