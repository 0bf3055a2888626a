export * from './networks.js';
export * from './status.js';
export * from './formats.js';
export * from './content-mix.js';
export * from './categories.js';
