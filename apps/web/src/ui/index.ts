export { ChevronDown } from './ChevronDown';
export { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog';
export { FeaturePlaceholder, type FeaturePlaceholderProps } from './FeaturePlaceholder';
export { FormAlert } from './FormAlert';
export { NoAccess } from './NoAccess';
export { Page } from './Page';
export { PersonIcon } from './PersonIcon';
export { PageLoader } from './PageLoader';
export { statusColors } from './status-colors';
