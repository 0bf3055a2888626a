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
} from './registry';
export {
  documentPageExtensions,
  registerDocumentPageExtensions,
  type DocumentPageExtension,
  type DocumentPageExtensionProps,
} from './page-extensions';
