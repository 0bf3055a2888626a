export {
  collabReducer,
  displayStatus,
  initialCollabState,
  refusalFromCloseCode,
  refusalFromTicketProblem,
  type CollabError,
  type CollabEvent,
  type CollabRefusal,
  type CollabState,
  type CollabStatus,
} from './collab-state';
export { readPeople, usePresence, type Person } from './presence';
export { diffText, transformPosition, type TextChange, type TextDelta } from './text-diff';
export { useCollabStatusText } from './use-collab-status-text';
export {
  localCopyName,
  useCollaborativeDoc,
  type CollabUser,
  type CollaborativeDocOptions,
  type CollaborativeDoc,
} from './use-collaborative-doc';
