import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { SUBSCRIPTIONS_RECONNECTED } from '../../../app/apollo-client';
import type {
  CommentFieldsFragment,
  CommentThreadFieldsFragment,
  CommentThreadPreviewsQuery as PreviewsData,
} from '../../../gql/graphql';
import {
  CommentThreadPageQuery,
  CommentThreadPreviewsQuery,
  CommentThreadQuery,
  CommentThreadsChangedSubscription,
  CommentThreadsQuery,
} from '../graphql/comments.graphql';
import type { CommentFilter, CommentThreadView } from '../model';

export type CommentThread = CommentThreadFieldsFragment;

/** A thread as previewed: its first comment as its only one (and the whole count). */
export type CommentThreadPreview = Omit<
  PreviewsData['commentThreadPreviews'][number],
  'firstComment'
> & { comments: readonly CommentFieldsFragment[] };

/** How many threads the panel shows at first, and how many more each "Show more" adds. */
export const THREAD_PAGE_SIZE = 30;

/** The lists of threads: fetched again when a thread starts or goes. */
export const THREAD_LISTS = [
  CommentThreadsQuery,
  CommentThreadPageQuery,
  CommentThreadPreviewsQuery,
];

/** Everything that shows threads: fetched again when someone else changes one. */
const THREAD_QUERIES = [...THREAD_LISTS, CommentThreadQuery];

/** The server's filter for the panel's choice (none when nothing is chosen). */
function serverFilter(filter: CommentFilter | undefined) {
  const any =
    filter &&
    (filter.status || filter.mine || filter.mentions || typeof filter.external === 'boolean');
  return any
    ? {
        status: filter.status ?? null,
        mine: filter.mine ?? null,
        mentions: filter.mentions ?? null,
        external: filter.external ?? null,
      }
    : null;
}

/**
 * The panel's threads, most recently active first, filtered by the server: the first
 * `pages` pages of THREAD_PAGE_SIZE, asked for as one (so a live refetch brings back
 * everything shown, and a long document never sends all its threads at once).
 */
export function useCommentThreadPages(documentId: string, filter: CommentFilter, pages: number) {
  const where = serverFilter(filter);
  const { data, previousData, loading, error } = useQuery(CommentThreadPageQuery, {
    variables: {
      documentId,
      first: THREAD_PAGE_SIZE * pages,
      ...(where ? { filter: where } : {}),
    },
    fetchPolicy: 'cache-and-network',
  });
  // While "Show more" loads, the threads already shown stay.
  const shown = data ?? (loading ? previousData : undefined);
  return {
    threads: (shown?.commentThreadPage.threads ?? []) as readonly CommentThread[],
    hasMore: Boolean(shown?.commentThreadPage.nextCursor),
    loading: loading && !shown,
    loadingMore: loading && Boolean(shown),
    error,
  };
}

/**
 * Every thread of the document with its first comment only: what the margin, the editor's
 * highlights and the grid's markers need, cheap whatever the number of comments. The views
 * carry that one comment; a focused card reads its thread whole (`useCommentThread`).
 */
export function useCommentPreviews(documentId: string) {
  const { data, loading, error } = useQuery(CommentThreadPreviewsQuery, {
    variables: { documentId },
    fetchPolicy: 'cache-and-network',
  });
  const threads = useMemo<readonly CommentThreadPreview[]>(
    () =>
      (data?.commentThreadPreviews ?? []).map(({ firstComment, ...thread }) => ({
        ...thread,
        comments: firstComment ? [firstComment] : [],
      })),
    [data],
  );
  return { threads, loading: loading && !data, error };
}

/** One thread with all its comments (the focused card); nothing asked while `id` is null. */
export function useCommentThread(id: string | null): CommentThread | null {
  const { data } = useQuery(CommentThreadQuery, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'cache-and-network',
  });
  return id && data?.commentThread.id === id ? data.commentThread : null;
}

/** A thread as shown: the whole one when it has been read, else its preview. */
export function useWholeThreads(
  previews: readonly CommentThreadView[],
  active: string | null,
): readonly CommentThreadView[] {
  const whole = useCommentThread(active);
  return useMemo(
    () => (whole ? previews.map((thread) => (thread.id === whole.id ? whole : thread)) : previews),
    [previews, whole],
  );
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
      void client.refetchQueries({ include: THREAD_QUERIES }).catch(() => undefined);
    },
  });
  useEffect(() => {
    const refresh = () => {
      void client.refetchQueries({ include: THREAD_QUERIES }).catch(() => undefined);
    };
    window.addEventListener(SUBSCRIPTIONS_RECONNECTED, refresh);
    return () => window.removeEventListener(SUBSCRIPTIONS_RECONNECTED, refresh);
  }, [client]);
}
