export * from './capability.js';
export * from './close-codes.js';
export * from './limits.js';
export * from './paths.js';
export * from './ticket.js';
