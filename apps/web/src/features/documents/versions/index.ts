export { VersionHistoryButton } from './VersionHistoryButton';
export { RestoreNotice, type RestoreNoticeProps } from './RestoreNotice';
export { VersionHistory, type DocumentVersion, type VersionHistoryProps } from './VersionHistory';
export { VERSION_POLL_MS } from '../hooks/use-versions';
export { VersionCompare } from './VersionCompare';
export { compareTexts, collapseUnchanged, type DiffItem, type DiffPart } from './text-compare';
export { versionDoc, base64ToBytes } from './version-doc';
export { VersionDialog } from './VersionById';
export { ApprovalStamp } from './ApprovalStamp';
