// Planted violations: another module's internals, and a circle through the index files.
import { documentTable } from '../documents/document.entity.js';
import { documentTable as again } from '../documents/index.js';

export const versionTable = `${documentTable}_versions_${again}`;
