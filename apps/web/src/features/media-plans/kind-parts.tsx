import { validateSettings } from '@chorus/media-plan-model';
import {
  defineCreateFields,
  type CreateFieldsProps,
  type DocumentKindParts,
  type KindEditorProps,
  useKindComments,
} from '../documents';
import { MediaPlanDocumentView } from './components/MediaPlanDocumentView';
import { MediaPlanPreview } from './components/MediaPlanPreview';
import {
  defaultMediaPlanSettings,
  MediaPlanSettingsFields,
  type MediaPlanSettingsValue,
} from './components/MediaPlanSettingsFields';
import { mediaPlanComparableText } from './versions';

function MediaPlanCreateFields({
  value,
  onChange,
  showErrors,
}: CreateFieldsProps<MediaPlanSettingsValue>) {
  return (
    <MediaPlanSettingsFields
      value={value}
      onChange={onChange}
      errors={showErrors ? validateSettings(value) : []}
    />
  );
}

/** A live plan with its comments (the viewer's capability: the brand's, or a guest's link). */
function MediaPlanEditorWithComments(props: KindEditorProps) {
  return <MediaPlanDocumentView {...props} comments={useKindComments(props)} />;
}

/** What a media plan brings to the documents feature once one is opened or created. */
export const mediaPlanParts: DocumentKindParts = {
  Editor: MediaPlanEditorWithComments,
  Preview: ({ document, doc }) => <MediaPlanPreview doc={doc} brandId={document.brandId} />,
  comparableText: mediaPlanComparableText,
  // A new plan's flight, columns and currency.
  create: defineCreateFields<MediaPlanSettingsValue>({
    initial: () => defaultMediaPlanSettings(),
    Fields: MediaPlanCreateFields,
    isValid: (value) => validateSettings(value).length === 0,
    toInput: (value) => ({
      mediaPlan: { ...value, granularity: value.granularity === 'week' ? 'WEEK' : 'MONTH' },
    }),
  }),
};
