export { CollabTicketsService } from './collab-tickets.service.js';
export { DocumentActivity, type DocumentEdited } from './document-activity.js';
export { capabilityFor } from './document-access.js';
export {
  defineDocumentKind,
  type DocumentKind,
  type CreatingDocument,
  type DocumentKindDefinition,
  type KindRowsWriter,
  type KindActions,
  type KindCreateField,
  type NewDocumentOptions,
} from './document-kind.js';
export { DocumentKindRegistry } from './document-kind.registry.js';
export { validLanguage } from './document-language.js';
export { DocumentKindEnum, DocumentModel } from './document.model.js';
export { DocumentSnapshotEntity } from './document-snapshot.entity.js';
export { DocumentUpdateEntity } from './document-update.entity.js';
export { DocumentEntity } from './document.entity.js';
export { DocumentsModule } from './documents.module.js';
export { DocumentsService, type DocumentView } from './documents.service.js';
export { CreateDocumentInput } from './dto/documents.inputs.js';
export { replaceText, replaceXmlFragment, replaceMap } from './replace-content.js';
