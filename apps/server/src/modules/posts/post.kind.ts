import { defineDocumentKind } from '../documents/index.js';
import { initialPostContent, postContentText, replacePostContent } from './post-content.js';

export { POST_BODY } from './post-content.js';

/**
 * Posts: a co-edited base text with per-network variants and a first comment (see
 * post-content.ts); the content calendar gives them their fields as rows.
 */
export const postKind = defineDocumentKind({
  kind: 'post',
  graphqlName: 'POST',
  label: 'posts',
  actions: { read: 'post.read', edit: 'post.edit', approve: 'post.approve' },
  exports: [],
  initialContent: initialPostContent,
  replaceContent: replacePostContent,
  plainText: postContentText,
});
