import { graphql } from '../../gql';

/** A short-lived pass for one socket to one document, and what that socket may do. */
export const IssueCollabTicketMutation = graphql(`
  mutation IssueCollabTicket($documentId: ID!) {
    issueCollabTicket(documentId: $documentId) {
      ticket
      capability
      expiresAt
    }
  }
`);
