export { FeaturePlaceholder, type FeaturePlaceholderProps } from './FeaturePlaceholder';
export { Page } from './Page';
export { PageLoader } from './PageLoader';
export { statusColors } from './status-colors';
