export { documentTable } from './document.entity.js';
export { versionTable } from '../versions/index.js';
