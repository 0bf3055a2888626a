import { postPlainText, readPost } from '@chorus/post-model';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { PageLoader } from '../../ui';
import { useMe } from '../auth';
import {
  useKindComments,
  type DocumentKindParts,
  type KindEditorProps,
  type KindPreviewProps,
} from '../documents';

// The editor (tabs, counts, previews) is its own chunk, loaded with the first post.
const PostEditor = lazy(() => import('./editor/PostEditor'));

function PostDocumentEditor(props: KindEditorProps) {
  const { t } = useTranslation();
  const { document, doc, awareness, editable, guest = null } = props;
  const { me } = useMe();
  const comments = useKindComments(props);
  return (
    <Suspense fallback={<PageLoader label={t('app.loading')} />}>
      <PostEditor
        doc={doc}
        awareness={awareness}
        editable={editable}
        brandId={document.brandId}
        postId={document.id}
        userId={me?.id ?? null}
        comments={comments}
        guest={guest !== null}
      />
    </Suspense>
  );
}

function PostPreview({ document, doc }: KindPreviewProps) {
  return <PostDocumentEditor document={document} doc={doc} awareness={null} editable={false} />;
}

/** The post as one text for comparing versions: base, each network's own text, first comment. */
export function postComparableText(doc: Y.Doc): string {
  return postPlainText(readPost(doc));
}

/** What a post brings to the documents feature once one is opened. */
export const postParts: DocumentKindParts = {
  Editor: PostDocumentEditor,
  Preview: PostPreview,
  comparableText: postComparableText,
};
