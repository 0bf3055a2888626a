export * from './roles.js';
export * from './matrix.js';
export { renderPermissionsMarkdown } from './markdown.js';
