export { DocumentListPage } from './components/DocumentListPage';
export { DocumentPage } from './components/DocumentPage';
export { BODY_TEXT, SharedTextArea, type SharedTextAreaProps } from './components/SharedTextArea';
export {
  defineCreateFields,
  documentKindModule,
  documentPath,
  loadKindParts,
  registerDocumentKinds,
  registeredDocumentKinds,
  type CreateFieldsProps,
  type DocumentKindModule,
  type DocumentKindParts,
  type KindCreateFields,
  type KindEditorProps,
  type KindLabels,
  type KindPreviewProps,
  type OpenedDocument,
  documentPageExtensions,
  registerDocumentPageExtensions,
  type DocumentPageExtension,
  type DocumentPageExtensionProps,
} from './kinds';
export {
  ApprovalStamp,
  VersionDialog,
  VersionHistory,
  VersionHistoryButton,
  type DocumentVersion,
  type VersionHistoryProps,
} from './versions';
