export { DocumentListPage } from './components/DocumentListPage';
export { DocumentPage } from './components/DocumentPage';
export { PresenceList } from './components/PresenceList';
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
  type KindGuest,
  useKindComments,
  type KindComments,
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
