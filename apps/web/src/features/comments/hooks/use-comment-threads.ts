import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect } from 'react';
import { SUBSCRIPTIONS_RECONNECTED } from '../../../app/apollo-client';
import type { CommentThreadFieldsFragment } from '../../../gql/graphql';
import {
  CommentThreadsChangedSubscription,
  CommentThreadsQuery,
} from '../graphql/comments.graphql';
import type { CommentFilter } from '../model';

export type CommentThread = CommentThreadFieldsFragment;

/** Whether any filter is set (else the unfiltered list is asked for). */
function anyFilter(filter: CommentFilter | undefined): boolean {
  return Boolean(
    filter &&
    (filter.status || filter.mine || filter.mentions || typeof filter.external === 'boolean'),
  );
}

/** A document's threads the viewer may see, most recently active first (filtered by the server). */
export function useCommentThreads(documentId: string, filter?: CommentFilter) {
  const { data, loading, error, refetch } = useQuery(CommentThreadsQuery, {
    variables: anyFilter(filter)
      ? {
          documentId,
          filter: {
            status: filter?.status ?? null,
            mine: filter?.mine ?? null,
            mentions: filter?.mentions ?? null,
            external: filter?.external ?? null,
          },
        }
      : { documentId },
    fetchPolicy: 'cache-and-network',
  });
  return {
    threads: (data?.commentThreads ?? []) as readonly CommentThread[],
    loading: loading && !data,
    error,
    refetch,
  };
}

/**
 * Keeps every thread list of a document live: each change another person makes arrives over
 * the subscription socket as the thread's id, and the lists are fetched again (a change
 * carries no content, so a guest is never sent a thread it may not see). After the socket
 * reconnects, the lists are fetched again too.
 */
export function useCommentThreadsLive(documentId: string): void {
  const client = useApolloClient();
  useSubscription(CommentThreadsChangedSubscription, {
    variables: { documentId },
    onData: () => {
      void client.refetchQueries({ include: [CommentThreadsQuery] }).catch(() => undefined);
    },
  });
  useEffect(() => {
    const refresh = () => {
      void client.refetchQueries({ include: [CommentThreadsQuery] }).catch(() => undefined);
    };
    window.addEventListener(SUBSCRIPTIONS_RECONNECTED, refresh);
    return () => window.removeEventListener(SUBSCRIPTIONS_RECONNECTED, refresh);
  }, [client]);
}
