import { ApolloLink } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { isSubscription, TestSubscriptions } from '../../../../test/live-subscriptions';
import { createApolloClient } from '../../../app/apollo-client';
import { AppProviders } from '../../../app/AppProviders';
import { initI18n } from '../../../i18n';
import { CommentThreadPageQuery } from '../graphql/comments.graphql';
import { CommentsPanel } from './CommentsPanel';

const AT = '2026-12-07T04:00:00.000Z';

function thread(n: number) {
  const id = `t-${n}`;
  return {
    __typename: 'CommentThread' as const,
    id,
    documentId: 'd-1',
    anchor: {
      __typename: 'CommentAnchor' as const,
      kind: 'POST' as const,
      field: null,
      start: null,
      end: null,
      quote: null,
      rowId: null,
      period: null,
      network: null,
    },
    visibility: 'EXTERNAL' as const,
    status: 'OPEN' as const,
    createdAt: AT,
    lastActivityAt: AT,
    resolvedAt: null,
    resolvedByName: null,
    escalationTopics: [],
    commentCount: 1,
    comments: [
      {
        __typename: 'Comment' as const,
        id: `${id}-c`,
        threadId: id,
        author: { __typename: 'CommentAuthor' as const, userId: null, name: 'Linh', guest: true },
        body: `Question number ${n}`,
        mentions: [],
        createdAt: AT,
        editedAt: null,
        deleted: false,
        hiddenReason: null,
        reactions: [],
        canEdit: false,
        canDelete: false,
      },
    ],
  };
}

function page(count: number, nextCursor: string | null) {
  return {
    data: {
      commentThreadPage: {
        __typename: 'CommentThreadPage' as const,
        threads: Array.from({ length: count }, (_, i) => thread(i + 1)),
        nextCursor,
      },
    },
  };
}

describe('the comments panel', () => {
  it('shows the first 30 threads, then 30 more on “Show more threads” until there are no more; a filter starts again at one page', async () => {
    await initI18n({ language: 'en' });
    const asked: Array<Record<string, unknown>> = [];
    const answer = (variables: Record<string, unknown>) => {
      asked.push(variables);
      return true;
    };
    const mocks: MockLink.MockedResponse[] = [
      {
        request: {
          query: CommentThreadPageQuery,
          variables: (v: Record<string, unknown>) => v.first === 30 && !v.filter && answer(v),
        },
        result: page(30, 'cursor-30'),
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: {
          query: CommentThreadPageQuery,
          variables: (v: Record<string, unknown>) => v.first === 60 && answer(v),
        },
        result: page(35, null),
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: {
          query: CommentThreadPageQuery,
          variables: (v: Record<string, unknown>) =>
            v.first === 30 && Boolean(v.filter) && answer(v),
        },
        result: page(2, null),
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
    ];
    const live = new TestSubscriptions();
    const client = createApolloClient({
      link: ApolloLink.split(
        (operation) => isSubscription(operation.query),
        live.link,
        new MockLink(mocks),
      ),
    });
    render(
      <AppProviders client={client} env="test">
        <CommentsPanel documentId="d-1" canComment={false} isGuest />
      </AppProviders>,
    );

    await screen.findByText('Question number 30');
    expect(screen.getAllByTestId('comment-thread')).toHaveLength(30);
    await userEvent.click(screen.getByRole('button', { name: 'Show more threads' }));
    await screen.findByText('Question number 35');
    expect(screen.getAllByTestId('comment-thread')).toHaveLength(35);
    expect(screen.queryByRole('button', { name: 'Show more threads' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByText('Open'));
    await waitFor(() => expect(screen.getAllByTestId('comment-thread')).toHaveLength(2));
    expect(asked.at(-1)).toEqual({
      documentId: 'd-1',
      first: 30,
      filter: { status: 'OPEN', mine: null, mentions: null, external: null },
    });
  });
});
