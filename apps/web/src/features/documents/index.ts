export { DocumentListPage } from './components/DocumentListPage';
export { DocumentPage } from './components/DocumentPage';
export { BODY_TEXT, SharedTextArea, type SharedTextAreaProps } from './components/SharedTextArea';
export { documentKinds, documentPath, sectionOf, type ListedDocumentKind } from './document-kinds';
export {
  VersionHistory,
  VersionHistoryButton,
  type DocumentVersion,
  type VersionHistoryProps,
} from './versions';
