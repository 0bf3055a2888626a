import type { DocumentKindModule } from '../documents';

/**
 * Posts as a document kind: edited with `post.edit`, opened in the post editor (loaded with
 * the first post). The content calendar lists them, so the kind has no list page of its
 * own; a post's page leads back to the calendar.
 */
export const postKind: DocumentKindModule = {
  kind: 'POST',
  editAction: 'post.edit',
  section: 'calendar',
  listPage: false,
  labels: (t) => ({
    title: t('posts.kind.title'),
    description: t('calendar.description'),
    create: t('posts.kind.create'),
    empty: t('posts.kind.empty'),
    emptyEditor: t('posts.kind.empty'),
    back: t('posts.kind.back'),
  }),
  load: () => import('./kind-parts').then((parts) => parts.postParts),
};
