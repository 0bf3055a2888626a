import { graphql } from '../../../gql';

/** What the history panel shows of a version. */
export const DocumentVersionFieldsFragment = graphql(`
  fragment DocumentVersionFields on DocumentVersion {
    id
    documentId
    number
    kind
    name
    authorId
    authorName
    restoredFrom
    sizeBytes
    createdAt
    approval {
      requestId
      approvedAt
      approvers {
        userId
        name
        stepIndex
        approvedAt
      }
    }
  }
`);

/** A document's versions, newest first, for the history panel. */
export const DocumentVersionsQuery = graphql(`
  query DocumentVersions($documentId: ID!) {
    documentVersions(documentId: $documentId) {
      ...DocumentVersionFields
    }
  }
`);

/** One version with its whole content (a Yjs update in base64), to preview or compare. */
export const DocumentVersionStateQuery = graphql(`
  query DocumentVersionState($id: ID!) {
    documentVersionState(id: $id) {
      version {
        id
        number
      }
      state
    }
  }
`);

/** One version's record and content, opened by id (an approval, a trail's link). */
export const DocumentVersionContentQuery = graphql(`
  query DocumentVersionContent($id: ID!) {
    documentVersionState(id: $id) {
      version {
        ...DocumentVersionFields
      }
      state
    }
  }
`);

export const CreateDocumentVersionMutation = graphql(`
  mutation CreateDocumentVersion($input: CreateDocumentVersionInput!) {
    createDocumentVersion(input: $input) {
      ...DocumentVersionFields
    }
  }
`);

/** Writes a version's content into the live document as a new edit (editors). */
export const RestoreDocumentVersionMutation = graphql(`
  mutation RestoreDocumentVersion($versionId: ID!) {
    restoreDocumentVersion(versionId: $versionId) {
      ...DocumentVersionFields
    }
  }
`);
