export { ChevronDown } from './ChevronDown';
export { DangerButton } from './DangerButton';
export { AddedText, RemovedText } from './DiffMarks';
export { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog';
export { FeaturePlaceholder, type FeaturePlaceholderProps } from './FeaturePlaceholder';
export { FormAlert } from './FormAlert';
export { NoAccess } from './NoAccess';
export { Page } from './Page';
export { PanelBoundary } from './PanelBoundary';
export { PersonIcon } from './PersonIcon';
export { PageLoader } from './PageLoader';
export {
  TextareaHighlightLayer,
  type TextHighlight,
  type TextHighlights,
} from './TextareaHighlights';
export { statusColors } from './status-colors';
export { useConfirmedAction, type ConfirmedActionOptions } from './use-confirmed-action';
export { useNameForm, type NameFormOptions } from './use-name-form';
export {
  editorKeyAction,
  gridKeyAction,
  isTypingKey,
  moveDelta,
  trackEscape,
  type EditorKeyAction,
  type GridKeyAction,
  type GridPoint,
  type KeyInput,
  type KeyPlace,
  type Move,
} from './grid-keys';
