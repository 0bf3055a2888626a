export * from './headers.js';
export * from './validate.js';
export * from './audience-activity.js';
