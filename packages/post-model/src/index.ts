export * from './networks.js';
export * from './status.js';
export * from './formats.js';
