export * from './csv-table';
export * from './csv-dates';
export * from './column-mapping';
export * from './status-mapping';
export * from './import-plan';
export * from './csv-export';
export * from './roadmap-json';
export * from './import-summary';
