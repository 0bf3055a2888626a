import { graphql } from '../../../gql';

/** Members and invitations; only asked of people with `member.manage`. */
export const WorkspaceMembersQuery = graphql(`
  query WorkspaceMembers($id: ID!) {
    workspace(id: $id) {
      id
      members {
        role
        joinedAt
        user {
          id
          email
          displayName
        }
      }
      invitations {
        id
        email
        role
        status
        createdAt
        expiresAt
        invitedBy {
          id
          displayName
        }
      }
    }
  }
`);

export const CreateInvitationMutation = graphql(`
  mutation CreateInvitation($input: CreateInvitationInput!) {
    createInvitation(input: $input) {
      link
      emailSent
      invitation {
        id
        email
        role
        status
        expiresAt
      }
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($invitationId: ID!) {
    revokeInvitation(invitationId: $invitationId) {
      id
      status
    }
  }
`);

export const ChangeMemberRoleMutation = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      role
      user {
        id
      }
    }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input)
  }
`);

export const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($invitationId: ID!) {
    resendInvitation(invitationId: $invitationId) {
      link
      emailSent
      invitation {
        id
        email
        role
        status
        expiresAt
      }
    }
  }
`);
