import { AppError } from '../../platform/errors/index.js';
import { defineDocumentKind, replaceText } from '../documents/index.js';
import { PostFieldsInput } from './dto/post.inputs.js';

/** The Y.Text of a post's body (the plain shared-text editor until posts get theirs). */
export const POST_BODY = 'body';

/**
 * Posts: the body is the document's Yjs content; the metadata the calendar queries is a
 * row (PostEntity), written with the document through the `post` create field.
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
  initialContent({ fromTemplate }) {
    if (fromTemplate) throw AppError.validation('fromTemplate', 'Only strategies have a template.');
    return null;
  },
  replaceContent(target, source) {
    replaceText(target, source, POST_BODY);
  },
  plainText(doc) {
    return doc.getText(POST_BODY).toJSON();
  },
});
