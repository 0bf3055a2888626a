import { defineDocumentKind } from '../documents/index.js';
import { PostFieldsInput } from './dto/post.inputs.js';
import { initialPostContent, postContentText, replacePostContent } from './post-content.js';

export { POST_BODY } from './post-content.js';

/**
 * Posts: a co-edited base text with per-network variants and a first comment (see
 * post-content.ts); the metadata the calendar queries is a row (PostEntity), written with
 * the document through the `post` create field.
 */
export const postKind = defineDocumentKind({
  kind: 'post',
  graphqlName: 'POST',
  label: 'posts',
  actions: { read: 'post.read', edit: 'post.edit', approve: 'post.approve' },
  exports: [],
  createFields: [
    {
      name: 'post',
      type: () => PostFieldsInput,
      description:
        "Posts: networks, publish time (local, in the brand's time zone), format, category, goal, media-plan row, assignee",
    },
  ],
  initialContent: initialPostContent,
  replaceContent: replacePostContent,
  plainText: postContentText,
});
