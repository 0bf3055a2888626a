import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { MediaPlanEditor } from './LazyMediaPlanEditor';

export interface MediaPlanDocumentViewProps {
  /** The document as the page loaded it (its id and brand). */
  document: { readonly id: string; readonly brandId: string };
  doc: Y.Doc;
  awareness: Awareness | null;
  /** True when the person may edit now (capability EDIT and the connection not refused). */
  editable: boolean;
}

/** What a document page shows for a media plan: the editor on the shared document. */
export function MediaPlanDocumentView({
  document,
  doc,
  awareness,
  editable,
}: MediaPlanDocumentViewProps) {
  return (
    <MediaPlanEditor
      doc={doc}
      awareness={awareness}
      editable={editable}
      brandId={document.brandId}
      documentId={document.id}
    />
  );
}
