import { graphql } from '../../../gql';

/** A share link as the team's lists show it. */
export const ShareLinkFieldsFragment = graphql(`
  fragment ShareLinkFields on ShareLink {
    id
    brandId
    resourceKind
    documentId
    documentTitle
    documentKind
    calendarFrom
    calendarTo
    networks
    categoryIds
    capability
    label
    expiresAt
    hasPassword
    createdAt
    createdByName
    revokedAt
    status
    lastOpenedAt
    lastOpenedByName
    openCount
  }
`);

/** A brand's share links (or one document's). */
export const ShareLinksQuery = graphql(`
  query ShareLinks($brandId: ID!, $documentId: ID) {
    shareLinks(brandId: $brandId, documentId: $documentId) {
      ...ShareLinkFields
    }
  }
`);

/** A new link; its address (with the token) comes back this once. */
export const CreateShareLinkMutation = graphql(`
  mutation CreateShareLink($input: CreateShareLinkInput!) {
    createShareLink(input: $input) {
      url
      link {
        ...ShareLinkFields
      }
    }
  }
`);

export const RevokeShareLinkMutation = graphql(`
  mutation RevokeShareLink($id: ID!) {
    revokeShareLink(id: $id) {
      ...ShareLinkFields
    }
  }
`);

/** What a link offers before the guest gives a name (a dead link: NOT_FOUND). */
export const ShareLinkPreviewQuery = graphql(`
  query ShareLinkPreview($token: String!) {
    shareLinkPreview(token: $token) {
      label
      capability
      needsPassword
      needsEmail
      resourceKind
      documentTitle
      documentKind
      brandName
      smtpConfigured
    }
  }
`);

/** The guest session's fields (after redeeming, confirming an email, or asking again). */
export const GuestSessionFieldsFragment = graphql(`
  fragment GuestSessionFields on GuestSession {
    brandId
    name
    capability
    emailConfirmed
    emailConfirmationPending
    smtpConfigured
    resourceKind
    documentId
    documentKind
    documentTitle
    calendarFrom
    calendarTo
    networks
    categoryIds
    brandName
    brandTimeZone
    label
  }
`);

export const GuestSessionQuery = graphql(`
  query GuestSession {
    guestSession {
      ...GuestSessionFields
    }
  }
`);

export const RedeemShareLinkMutation = graphql(`
  mutation RedeemShareLink($input: RedeemShareLinkInput!) {
    redeemShareLink(input: $input) {
      ...GuestSessionFields
    }
  }
`);

export const ConfirmGuestEmailMutation = graphql(`
  mutation ConfirmGuestEmail($code: String!) {
    confirmGuestEmail(code: $code) {
      ...GuestSessionFields
    }
  }
`);

/** The shared document, as the guest may read it (the same fields as the document page's). */
export const GuestDocumentQuery = graphql(`
  query GuestDocument($id: ID!) {
    document(id: $id) {
      ...DocumentFields
    }
  }
`);

/** The approval of the shared document (approve links decide at a client step). */
export const GuestDocumentApprovalsQuery = graphql(`
  query GuestDocumentApprovals($documentId: ID!) {
    documentApprovals(documentId: $documentId) {
      id
      status
      currentStep
      versionId
      canDecide
      steps {
        index
        name
      }
    }
  }
`);

/** The posts of a shared calendar range (the server keeps a guest inside the link's range). */
export const GuestCalendarPostsQuery = graphql(`
  query GuestCalendarPosts(
    $brandId: ID!
    $from: String!
    $to: String!
    $filter: CalendarFilterInput
  ) {
    calendarPosts(brandId: $brandId, from: $from, to: $to, filter: $filter) {
      timeZone
      posts {
        id
        title
        networks
        publishAt
        publishAtLocal
        status
        approvalState
      }
    }
  }
`);
