// What the brand's settings and the calendar use. The document page's "Share" button and the
// guest page need the documents and brands features, which import this index: the app loads
// them from their files (components/ShareDocumentAction, components/GuestSharePage).
export { BrandShareLinks } from './components/BrandShareLinks';
export { ShareCalendarButton, ShareReportButton } from './components/ShareButtons';
export { MANAGE_SHARE_LINKS } from './share-actions';
