import { lazy, Suspense } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { MediaPlanCommentsSideProps } from '../../comments';
import { MediaPlanEditor } from './LazyMediaPlanEditor';

// Comments on cells and rows load with the first plan that shows them.
const MediaPlanCommentsSide = lazy(() =>
  import('../../comments').then((m) => ({ default: m.MediaPlanCommentsSide })),
);

export interface MediaPlanDocumentViewProps {
  /** The document as the page loaded it (its id and brand). */
  document: { readonly id: string; readonly brandId: string };
  doc: Y.Doc;
  awareness: Awareness | null;
  /** True when the person may edit now (capability EDIT and the connection not refused). */
  editable: boolean;
  /** Comments on cells and rows, with the viewer's capability (live plans). */
  comments?: Omit<MediaPlanCommentsSideProps, 'doc'> | null;
}

/** What a document page shows for a media plan: the editor on the shared document. */
export function MediaPlanDocumentView({
  document,
  doc,
  awareness,
  editable,
  comments = null,
}: MediaPlanDocumentViewProps) {
  return (
    <>
      <MediaPlanEditor
        doc={doc}
        awareness={awareness}
        editable={editable}
        brandId={document.brandId}
        documentId={document.id}
      />
      {comments && (
        <Suspense fallback={null}>
          <MediaPlanCommentsSide {...comments} doc={doc} />
        </Suspense>
      )}
    </>
  );
}
