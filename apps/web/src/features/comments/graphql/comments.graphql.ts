import { graphql } from '../../../gql';

export const CommentFieldsFragment = graphql(`
  fragment CommentFields on Comment {
    id
    threadId
    author {
      userId
      name
      guest
    }
    body
    mentions
    createdAt
    editedAt
    deleted
    hiddenReason
    reactions {
      emoji
      count
      mine
    }
    canEdit
    canDelete
  }
`);

export const CommentAnchorFieldsFragment = graphql(`
  fragment CommentAnchorFields on CommentAnchor {
    kind
    field
    start
    end
    quote
    rowId
    period
    network
  }
`);

export const CommentThreadFieldsFragment = graphql(`
  fragment CommentThreadFields on CommentThread {
    id
    documentId
    anchor {
      ...CommentAnchorFields
    }
    visibility
    status
    createdAt
    lastActivityAt
    resolvedAt
    resolvedByName
    escalationTopics
    commentCount
    comments {
      ...CommentFields
    }
  }
`);

export const CommentThreadsQuery = graphql(`
  query CommentThreads($documentId: ID!, $filter: CommentThreadFilter) {
    commentThreads(documentId: $documentId, filter: $filter) {
      ...CommentThreadFields
    }
  }
`);

export const CommentThreadPageQuery = graphql(`
  query CommentThreadPage($documentId: ID!, $filter: CommentThreadFilter, $first: Int) {
    commentThreadPage(documentId: $documentId, filter: $filter, first: $first) {
      threads {
        ...CommentThreadFields
      }
      nextCursor
    }
  }
`);

export const CommentThreadPreviewsQuery = graphql(`
  query CommentThreadPreviews($documentId: ID!) {
    commentThreadPreviews(documentId: $documentId) {
      id
      documentId
      anchor {
        ...CommentAnchorFields
      }
      visibility
      status
      createdAt
      lastActivityAt
      resolvedAt
      resolvedByName
      escalationTopics
      commentCount
      firstComment {
        ...CommentFields
      }
    }
  }
`);

export const CommentThreadQuery = graphql(`
  query CommentThread($id: ID!) {
    commentThread(id: $id) {
      ...CommentThreadFields
    }
  }
`);

export const CommentReplyTemplatesQuery = graphql(`
  query CommentReplyTemplates($documentId: ID!) {
    commentReplyTemplates(documentId: $documentId) {
      id
      name
      language
      body
      variables {
        name
        required
        description
      }
    }
  }
`);

export const CommentMentionCandidatesQuery = graphql(`
  query CommentMentionCandidates($workspaceId: ID!, $brandId: ID!) {
    workspace(id: $workspaceId) {
      id
      members {
        role
        user {
          id
          displayName
        }
      }
    }
    brand(id: $brandId) {
      id
      teams {
        id
        members {
          user {
            id
          }
        }
      }
    }
  }
`);

export const CreateCommentThreadMutation = graphql(`
  mutation CreateCommentThread($input: CreateCommentThreadInput!) {
    createCommentThread(input: $input) {
      ...CommentThreadFields
    }
  }
`);

export const ReplyToCommentThreadMutation = graphql(`
  mutation ReplyToCommentThread($input: ReplyToCommentThreadInput!) {
    replyToCommentThread(input: $input) {
      ...CommentThreadFields
    }
  }
`);

export const EditCommentMutation = graphql(`
  mutation EditComment($input: EditCommentInput!) {
    editComment(input: $input) {
      ...CommentThreadFields
    }
  }
`);

export const DeleteCommentMutation = graphql(`
  mutation DeleteComment($commentId: ID!) {
    deleteComment(commentId: $commentId) {
      ...CommentThreadFields
    }
  }
`);

export const HideCommentMutation = graphql(`
  mutation HideComment($input: HideCommentInput!) {
    hideComment(input: $input) {
      ...CommentThreadFields
    }
  }
`);

export const ResolveCommentThreadMutation = graphql(`
  mutation ResolveCommentThread($threadId: ID!) {
    resolveCommentThread(threadId: $threadId) {
      ...CommentThreadFields
    }
  }
`);

export const ReopenCommentThreadMutation = graphql(`
  mutation ReopenCommentThread($threadId: ID!) {
    reopenCommentThread(threadId: $threadId) {
      ...CommentThreadFields
    }
  }
`);

export const ToggleCommentReactionMutation = graphql(`
  mutation ToggleCommentReaction($input: ToggleCommentReactionInput!) {
    toggleCommentReaction(input: $input) {
      ...CommentThreadFields
    }
  }
`);

export const CommentThreadsChangedSubscription = graphql(`
  subscription CommentThreadsChanged($documentId: ID!) {
    commentThreadsChanged(documentId: $documentId) {
      documentId
      threadId
    }
  }
`);
