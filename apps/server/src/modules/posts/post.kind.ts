import { AppError } from '../../platform/errors/index.js';
import { defineDocumentKind, replaceText } from '../documents/index.js';

/** The Y.Text of a post's body (the plain shared-text editor until posts get theirs). */
export const POST_BODY = 'body';

/**
 * Posts, for now only a plain shared-text body so existing documents keep working; the
 * content calendar gives them their own fields.
 */
export const postKind = defineDocumentKind({
  kind: 'post',
  graphqlName: 'POST',
  label: 'posts',
  actions: { read: 'post.read', edit: 'post.edit', approve: 'post.approve' },
  exports: [],
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
