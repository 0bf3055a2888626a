export * from './networks.js';
export * from './status.js';
export * from './formats.js';
export * from './graphemes.js';
export * from './hashtags.js';
export * from './utm.js';
export * from './preview.js';
export * from './post-doc.js';
