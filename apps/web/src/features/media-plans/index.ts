export { mediaPlanKind } from './kind';
export {
  MediaPlanDocumentView,
  type MediaPlanDocumentViewProps,
} from './components/MediaPlanDocumentView';
export { MediaPlanEditor, type MediaPlanEditorProps } from './components/LazyMediaPlanEditor';
export { MediaPlanPreview } from './components/MediaPlanPreview';
export {
  defaultMediaPlanSettings,
  MediaPlanSettingsFields,
  type MediaPlanSettingsFieldsProps,
  type MediaPlanSettingsValue,
} from './components/MediaPlanSettingsFields';
export { COMMON_CURRENCIES } from './currencies';
export { mediaPlanComparableText } from './versions';
