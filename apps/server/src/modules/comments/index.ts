export { CommentsModule } from './comments.module.js';
export {
  CommentEditEntity,
  CommentEntity,
  CommentMentionEntity,
  CommentReactionEntity,
  CommentThreadEntity,
} from './comment.entities.js';
