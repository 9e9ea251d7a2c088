export * from './join-code';
export * from './peer-token';
export * from './reconnect';
export * from './host-address';
export * from './admission';
