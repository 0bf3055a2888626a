export { VersionHistoryButton } from './VersionHistoryButton';
export {
  VersionHistory,
  VERSION_POLL_MS,
  type DocumentVersion,
  type VersionHistoryProps,
} from './VersionHistory';
export { VersionCompare } from './VersionCompare';
export { compareTexts, collapseUnchanged, type DiffItem, type DiffPart } from './text-compare';
export { versionDoc, base64ToBytes } from './version-doc';
