export * from './roadmap-file';
