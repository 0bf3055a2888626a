import { useMutation, useQuery } from '@apollo/client/react';
import type { DocumentKind } from '../../../gql/graphql';
import {
  ArchiveDocumentMutation,
  BrandDocumentsQuery,
  CreateDocumentMutation,
  DocumentQuery,
  DuplicateDocumentMutation,
  RenameDocumentMutation,
  RestoreDocumentMutation,
} from '../graphql/documents.graphql';

/** How often an open list asks again who is editing what. */
const LIST_POLL_MS = 30_000;

/** One document's fields (title, kind, brand, the reader's capability). */
export function useDocument(id: string) {
  return useQuery(DocumentQuery, { variables: { id } });
}

/** A brand's documents of one kind; polled, since who edits what changes by itself. */
export function useBrandDocuments(brandId: string, kind: DocumentKind, includeArchived: boolean) {
  return useQuery(BrandDocumentsQuery, {
    variables: { brandId, kind, includeArchived },
    // Show the cached list at once, then the server's, and ask again now and then.
    fetchPolicy: 'cache-and-network',
    pollInterval: LIST_POLL_MS,
  });
}

/** Create, duplicate, rename, archive and restore; the lists follow. */
export function useDocumentMutations() {
  const refetch = { refetchQueries: [BrandDocumentsQuery], awaitRefetchQueries: true };
  const [create] = useMutation(CreateDocumentMutation, { refetchQueries: [BrandDocumentsQuery] });
  const [duplicate] = useMutation(DuplicateDocumentMutation, refetch);
  const [rename] = useMutation(RenameDocumentMutation);
  const [archive] = useMutation(ArchiveDocumentMutation, refetch);
  const [restore] = useMutation(RestoreDocumentMutation, refetch);
  return { create, duplicate, rename, archive, restore };
}
