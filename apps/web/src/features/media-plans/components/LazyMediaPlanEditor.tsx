import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../ui';
import type { MediaPlanEditorProps } from '../editor/MediaPlanEditor';

// The grid, its editing and the chart are a chunk of their own, loaded with the first plan.
const Editor = lazy(() => import('../editor/MediaPlanEditor'));

export type { MediaPlanEditorProps };

/**
 * The media-plan editor (settings, grid, import/export, chart) on a shared `Y.Doc`. It knows
 * nothing about sockets: give it the document, the presence and whether the person may edit.
 */
export function MediaPlanEditor(props: MediaPlanEditorProps) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<PageLoader label={t('mediaPlan.loading')} />}>
      <Editor {...props} />
    </Suspense>
  );
}
