// The public face of the collaboration endpoint: modules import only this file.
export { CollaborationModule } from './collaboration.module.js';
export { DocumentEditor, type ServerEdit, type ServerEditResult } from './document-editor.js';
