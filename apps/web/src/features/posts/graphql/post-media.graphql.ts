import { graphql } from '../../../gql';

/** A post's attachments in order, whether the reader may change them, and what may be attached. */
export const PostMediaQuery = graphql(`
  query PostMedia($id: ID!) {
    post(id: $id) {
      id
      canEdit
      media {
        id
        url
        thumbnailUrl
        mime
        width
        height
        fileName
        position
      }
    }
    postMediaLimits {
      allowedTypes
      maxImageBytes
      maxVideoBytes
      maxFilesPerPost
    }
  }
`);

export const RemovePostMediaMutation = graphql(`
  mutation RemovePostMedia($id: ID!) {
    removePostMedia(id: $id) {
      id
      position
    }
  }
`);

export const ReorderPostMediaMutation = graphql(`
  mutation ReorderPostMedia($postId: ID!, $mediaIds: [ID!]!) {
    reorderPostMedia(postId: $postId, mediaIds: $mediaIds) {
      id
      position
    }
  }
`);
