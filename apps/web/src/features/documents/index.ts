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
  type KindLabels,
  type KindPreviewProps,
  type OpenedDocument,
  documentPageExtensions,
  registerDocumentPageExtensions,
  type DocumentPageExtension,
  type DocumentPageExtensionProps,
} from './kinds';
// Not through kinds/index.ts: the app registers the kinds at start, and this hook brings
// the signed-in person and the brand (their features) with it — the editors' chunks need it.
export { useKindComments, type KindComments } from './kinds/kind-comments';
export {
  ApprovalStamp,
  VersionDialog,
  VersionHistory,
  VersionHistoryButton,
  type DocumentVersion,
  type VersionHistoryProps,
} from './versions';
