export {
  CommentsPanel,
  CommentThreadList,
  type CommentsPanelProps,
} from './components/CommentsPanel';
export { CommentsProvider, type CommentsProviderProps } from './components/CommentsProvider';
export {
  StrategyCommentsSide,
  type StrategyCommentsSideProps,
} from './editor/StrategyCommentsSide';
export type { CommentCapability, CommentAnchorView, CommentThreadView } from './model';
export {
  PostCommentsSide,
  type PostCommentsSideProps,
  type PostTextSelection,
} from './editor/PostCommentsSide';
export {
  MediaPlanCommentsSide,
  type MediaPlanCommentsSideProps,
} from './editor/MediaPlanCommentsSide';
