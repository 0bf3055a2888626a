import { useMutation, useQuery } from '@apollo/client/react';
import {
  CreateDocumentVersionMutation,
  DocumentVersionContentQuery,
  DocumentVersionStateQuery,
  DocumentVersionsQuery,
  RestoreDocumentVersionMutation,
} from '../graphql/versions.graphql';

/** How often the open history asks for versions others (or the server) made. */
export const VERSION_POLL_MS = 30_000;

/** A document's versions, newest first; polled while the history is open. */
export function useDocumentVersions(documentId: string) {
  return useQuery(DocumentVersionsQuery, {
    variables: { documentId },
    fetchPolicy: 'cache-and-network',
    pollInterval: VERSION_POLL_MS,
  });
}

/** The versions, fetched once `documentId` is given (after someone else restored one). */
export function useFreshDocumentVersions(documentId: string, skip: boolean) {
  return useQuery(DocumentVersionsQuery, {
    variables: { documentId },
    skip,
    fetchPolicy: 'network-only',
  });
}

/** One version's content. It never changes and can be large: not worth keeping in the cache. */
export function useDocumentVersionState(versionId: string) {
  return useQuery(DocumentVersionStateQuery, {
    variables: { id: versionId },
    fetchPolicy: 'no-cache',
  });
}

/** One version's record and content, by id; versions never change, so the cache keeps it. */
export function useDocumentVersionContent(versionId: string) {
  return useQuery(DocumentVersionContentQuery, { variables: { id: versionId } });
}

/** Saves a named version; the history follows before the promise settles. */
export function useCreateDocumentVersion() {
  return useMutation(CreateDocumentVersionMutation, {
    refetchQueries: [DocumentVersionsQuery],
    awaitRefetchQueries: true,
  });
}

/** Writes a version into the live document as a new edit; the history follows. */
export function useRestoreDocumentVersion() {
  return useMutation(RestoreDocumentVersionMutation, {
    refetchQueries: [DocumentVersionsQuery],
    awaitRefetchQueries: true,
  });
}
