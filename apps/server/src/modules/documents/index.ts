export { CollabTicketsService } from './collab-tickets.service.js';
export { DocumentActivity, type DocumentEdited } from './document-activity.js';
export { capabilityFor, KIND_ACTIONS } from './document-access.js';
export { DocumentSnapshotEntity } from './document-snapshot.entity.js';
export { DocumentUpdateEntity } from './document-update.entity.js';
export { DOCUMENT_KINDS, DocumentEntity, type DocumentKind } from './document.entity.js';
export { DocumentsModule } from './documents.module.js';
export { DocumentsService, type DocumentView } from './documents.service.js';
