// Planted violation: the platform floor importing a module.
import { documentTable } from '../../modules/documents/document.entity.js';

export const planted = documentTable;
