import { ApolloLink } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { p, STRATEGY_FRAGMENT } from '@chorus/strategy-model';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as Y from 'yjs';
import { isSubscription, TestSubscriptions } from '../../../../test/live-subscriptions';
import { createApolloClient } from '../../../app/apollo-client';
import { AppProviders } from '../../../app/AppProviders';
import { initI18n } from '../../../i18n';
import { StrategyEditor } from '../../strategy/editor/StrategyEditor';
import { editorOf, settle, strategyDoc, stubLayout } from '../../strategy/editor/test-support';
import { encodePosition } from '../anchors/position-codec';
import {
  CommentThreadPreviewsQuery,
  CommentThreadQuery,
  CreateCommentThreadMutation,
} from '../graphql/comments.graphql';
import type { StrategyCommentsSideProps } from './StrategyCommentsSide';

const PARAGRAPH = 'Goal: 2,000 tea-club members by June.';
const AT = '2026-12-07T04:00:00.000Z';

/** A Y.Doc with two paragraphs, and an anchor on all of the second one's text. */
function sharedStrategy() {
  const doc = strategyDoc([p('Intro: Lotus Tea House sells calm.'), p(PARAGRAPH)]);
  const paragraph = doc.getXmlFragment(STRATEGY_FRAGMENT).get(1) as Y.XmlElement;
  const text = paragraph.get(0) as Y.XmlText;
  const anchor = {
    __typename: 'CommentAnchor' as const,
    kind: 'TEXT' as const,
    field: null,
    start: encodePosition(Y.createRelativePositionFromTypeIndex(text, 0)),
    end: encodePosition(Y.createRelativePositionFromTypeIndex(text, text.length)),
    quote: PARAGRAPH,
    rowId: null,
    period: null,
    network: null,
  };
  return { doc, anchor };
}

function thread(id: string, body: string, anchor: ReturnType<typeof sharedStrategy>['anchor']) {
  return {
    __typename: 'CommentThread' as const,
    id,
    documentId: 'd-1',
    anchor,
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
        author: {
          __typename: 'CommentAuthor' as const,
          userId: 'u-sara',
          name: 'Sara',
          guest: false,
        },
        body,
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

/** What the margin reads of a thread: its first comment only. */
function previewOf({ comments, ...rest }: ReturnType<typeof thread>) {
  return { ...rest, __typename: 'CommentThreadPreview' as const, firstComment: comments[0] };
}

/** The strategy editor, read-only, with the comments of a share-link guest. */
async function renderAsGuest(canComment: boolean) {
  stubLayout();
  await initI18n({ language: 'en' });
  const { doc, anchor } = sharedStrategy();
  const sent: Array<Record<string, unknown>> = [];
  const existing = thread('t-1', 'Dear client, is this goal right?', anchor);
  const mocks: MockLink.MockedResponse[] = [
    {
      request: { query: CommentThreadPreviewsQuery, variables: { documentId: 'd-1' } },
      result: { data: { commentThreadPreviews: [previewOf(existing)] } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      request: { query: CommentThreadQuery, variables: { id: 't-1' } },
      result: { data: { commentThread: existing } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      request: {
        query: CreateCommentThreadMutation,
        variables: (variables: Record<string, unknown>) => {
          sent.push(variables);
          return true;
        },
      },
      result: { data: { createCommentThread: thread('t-2', 'Could we say 2,500?', anchor) } },
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
  const comments: Omit<StrategyCommentsSideProps, 'editor'> = {
    documentId: 'd-1',
    workspaceId: null,
    brandId: null,
    userId: null,
    isGuest: true,
    canComment,
    canModerate: false,
  };
  const result = render(
    <AppProviders client={client} env="test">
      <StrategyEditor doc={doc} awareness={null} editable={false} comments={comments} />
    </AppProviders>,
  );
  await waitFor(() => expect(result.container.querySelector('.ProseMirror')).not.toBeNull());
  await settle();
  const margin = await screen.findByTestId('comment-margin');
  await within(margin).findByText('Dear client, is this goal right?');
  return { ...result, editor: editorOf(result.container), sent, live, margin };
}

describe('the strategy’s comments for a share-link guest', () => {
  it('lets a guest of a comment link select text in the read-only strategy and start an external thread: no Internal choice, no mentions', async () => {
    const { editor, sent, margin, live } = await renderAsGuest(true);
    // Live: the guest's page listens for changes to the document's threads.
    expect(live.isOpen('CommentThreadsChanged')).toBe(true);
    // Guests see only external threads: no visibility badge on them.
    expect(within(margin).queryByText('External')).not.toBeInTheDocument();
    expect(editor.isEditable).toBe(false);

    const button = screen.getByTestId('comment-on-selection');
    expect(button).toBeDisabled();
    const start = editor.state.doc.child(0).nodeSize + 1;
    act(() => {
      editor.commands.setTextSelection({ from: start + 6, to: start + 11 });
    });
    await waitFor(() => expect(button).toBeEnabled());
    await userEvent.click(button);

    const composer = await screen.findByTestId('new-comment');
    expect(
      within(composer).getByText('The team and other guests of this link see your comment.'),
    ).toBeInTheDocument();
    expect(within(composer).queryByRole('radio')).not.toBeInTheDocument();
    expect(within(composer).queryByText('Internal')).not.toBeInTheDocument();
    const input = within(composer).getByTestId('comment-input');
    await userEvent.type(input, '@Sa');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    await userEvent.clear(input);
    await userEvent.type(input, 'Could we say 2,500?');
    await userEvent.click(within(composer).getByTestId('comment-submit'));

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      input: {
        documentId: 'd-1',
        anchor: expect.objectContaining({ kind: 'TEXT', quote: '2,000' }) as unknown,
        visibility: 'EXTERNAL',
        body: 'Could we say 2,500?',
        mentions: [],
      },
    });
    await waitFor(() => expect(screen.queryByTestId('new-comment')).not.toBeInTheDocument());
  });

  it('shows a guest of a view link the external threads, with no way to comment or reply', async () => {
    const { margin } = await renderAsGuest(false);
    expect(screen.queryByTestId('comment-on-selection')).not.toBeInTheDocument();
    await userEvent.click(within(margin).getByText('Dear client, is this goal right?'));
    await settle();
    expect(within(margin).queryByTestId('comment-input')).not.toBeInTheDocument();
    expect(within(margin).queryByRole('button', { name: 'Resolve' })).not.toBeInTheDocument();
  });
});
