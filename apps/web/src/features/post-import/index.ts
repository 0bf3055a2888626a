// Posts to and from CSV/XLSX files. The lead mounts the buttons in the calendar toolbar.
export { PostExportButton, type PostExportButtonProps } from './components/PostExportButton';
export { PostImportButton } from './components/PostImportButton';
