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
      editingNow {
        id
        name
        color
      }
    }
  }
`);

/** One document: what the document page shows around the shared text. */
export const DocumentQuery = graphql(`
  query Document($id: ID!) {
    document(id: $id) {
      id
      brandId
      title
      kind
      language
      updatedAt
      archivedAt
      myCapability
    }
  }
`);

export const CreateDocumentMutation = graphql(`
  mutation CreateDocument($input: CreateDocumentInput!) {
    createDocument(input: $input) {
      id
      brandId
      title
      kind
      language
      updatedAt
      archivedAt
      myCapability
    }
  }
`);

/** A copy of a document with all its content, under a new title (editors). */
export const DuplicateDocumentMutation = graphql(`
  mutation DuplicateDocument($input: DuplicateDocumentInput!) {
    duplicateDocument(input: $input) {
      id
      brandId
      title
      kind
      language
      updatedAt
      archivedAt
      myCapability
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
