import { postPlainText, readPost } from '@chorus/post-model';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { PageLoader } from '../../ui';
import { useMe } from '../auth';
import type { DocumentKindParts, KindEditorProps, KindPreviewProps } from '../documents';

// The editor (tabs, counts, previews) is its own chunk, loaded with the first post.
const PostEditor = lazy(() => import('./editor/PostEditor'));

function PostDocumentEditor({ document, doc, awareness, editable }: KindEditorProps) {
  const { t } = useTranslation();
  const { me } = useMe();
  return (
    <Suspense fallback={<PageLoader label={t('app.loading')} />}>
      <PostEditor
        doc={doc}
        awareness={awareness}
        editable={editable}
        brandId={document.brandId}
        postId={document.id}
        userId={me?.id ?? null}
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
