import type * as Y from 'yjs';
import { MediaPlanEditor } from './LazyMediaPlanEditor';

/** A plan shown read-only, without presence (a version in the version history). */
export function MediaPlanPreview({ doc, brandId }: { doc: Y.Doc; brandId?: string }) {
  return <MediaPlanEditor doc={doc} awareness={null} editable={false} brandId={brandId} />;
}
