import { graphql } from '../../../gql';

/** What an invitation link offers; needs no session. */
export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      workspaceName
      role
      invitedByName
      expiresAt
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      id
      name
      myRole
      myActions
    }
  }
`);
