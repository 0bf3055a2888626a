import { graphql } from '../../../gql';

/** A brand's documents of one kind, for the strategy and media-plan lists. */
export const BrandDocumentsQuery = graphql(`
  query BrandDocuments($brandId: ID!, $kind: DocumentKind!, $includeArchived: Boolean!) {
    documents(brandId: $brandId, kind: $kind, includeArchived: $includeArchived) {
      id
      title
      kind
      language
      updatedAt
      lastEditedAt
      archivedAt
      myCapability
      openThreadCount
      editingNow {
        id
        name
        color
      }
    }
  }
`);

/** What the document page, and the lists after a change, know of a document. */
export const DocumentFieldsFragment = graphql(`
  fragment DocumentFields on Document {
    id
    brandId
    title
    kind
    language
    updatedAt
    archivedAt
    myCapability
  }
`);

/** One document: what the document page shows around the shared text. */
export const DocumentQuery = graphql(`
  query Document($id: ID!) {
    document(id: $id) {
      ...DocumentFields
    }
  }
`);

export const CreateDocumentMutation = graphql(`
  mutation CreateDocument($input: CreateDocumentInput!) {
    createDocument(input: $input) {
      ...DocumentFields
    }
  }
`);

/** A copy of a document with all its content, under a new title (editors). */
export const DuplicateDocumentMutation = graphql(`
  mutation DuplicateDocument($input: DuplicateDocumentInput!) {
    duplicateDocument(input: $input) {
      ...DocumentFields
    }
  }
`);

export const RenameDocumentMutation = graphql(`
  mutation RenameDocument($input: RenameDocumentInput!) {
    renameDocument(input: $input) {
      id
      title
      updatedAt
    }
  }
`);

export const ArchiveDocumentMutation = graphql(`
  mutation ArchiveDocument($documentId: ID!) {
    archiveDocument(documentId: $documentId) {
      id
      archivedAt
      updatedAt
    }
  }
`);

export const RestoreDocumentMutation = graphql(`
  mutation RestoreDocument($documentId: ID!) {
    restoreDocument(documentId: $documentId) {
      id
      archivedAt
      updatedAt
    }
  }
`);
