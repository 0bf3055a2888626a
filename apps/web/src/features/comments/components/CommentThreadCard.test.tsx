import { MockLink } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createApolloClient } from '../../../app/apollo-client';
import { AppProviders } from '../../../app/AppProviders';
import { initI18n } from '../../../i18n';
import type { CommentActions } from '../hooks/use-comment-actions';
import type { CommentCapability, CommentThreadView, CommentView } from '../model';
import { CommentThreadCard } from './CommentThreadCard';
import { CommentsContext } from './comments-context';

function comment(overrides: Partial<CommentView> = {}): CommentView {
  return {
    id: 'c-1',
    threadId: 't-1',
    author: { userId: 'u-sara', name: 'Sara Strategist', guest: false },
    body: 'Plain',
    mentions: [],
    createdAt: '2026-12-07T04:00:00.000Z',
    editedAt: null,
    deleted: false,
    hiddenReason: null,
    reactions: [],
    canEdit: false,
    canDelete: false,
    ...overrides,
  };
}

function thread(overrides: Partial<CommentThreadView> = {}): CommentThreadView {
  return {
    id: 't-1',
    documentId: 'd-1',
    anchor: { kind: 'TEXT', start: 'AA', end: 'AA', quote: 'tea-club members' },
    visibility: 'INTERNAL',
    status: 'OPEN',
    createdAt: '2026-12-07T04:00:00.000Z',
    lastActivityAt: '2026-12-07T04:00:00.000Z',
    escalationTopics: [],
    comments: [comment()],
    commentCount: 1,
    ...overrides,
  };
}

function actions(): jest.Mocked<CommentActions> {
  return {
    start: jest.fn().mockResolvedValue('t-2'),
    reply: jest.fn().mockResolvedValue(undefined),
    edit: jest.fn().mockResolvedValue(undefined),
    remove: jest.fn().mockResolvedValue(undefined),
    hide: jest.fn().mockResolvedValue(undefined),
    resolve: jest.fn().mockResolvedValue(undefined),
    reopen: jest.fn().mockResolvedValue(undefined),
    react: jest.fn().mockResolvedValue(undefined),
  };
}

async function renderCard(
  view: CommentThreadView,
  capability: CommentCapability,
  done = actions(),
  props: { active?: boolean; resolved?: { state: 'deleted' } } = {},
) {
  await initI18n({ language: 'en' });
  // The composer checks replies against the brand's tone (Apollo); no brand here: no query.
  render(
    <AppProviders client={createApolloClient({ link: new MockLink([]) })} env="test">
      <CommentsContext.Provider
        value={{
          actions: done,
          capability,
          candidates: [
            { id: 'u-linh', name: 'Linh Lead' },
            { id: 'u-sara', name: 'Sara Strategist' },
          ],
          templates: [],
        }}
      >
        <CommentThreadCard
          thread={view}
          active={props.active ?? true}
          onActivate={() => undefined}
          resolved={props.resolved}
        />
      </CommentsContext.Provider>
    </AppProviders>,
  );
  return done;
}

const TEAM: CommentCapability = { canComment: true, isGuest: false, userId: 'u-linh' };

describe('a comment thread', () => {
  it('shows hostile HTML as text and makes only http(s) addresses links, opened safely', async () => {
    await renderCard(
      thread({
        comments: [
          comment({
            body: '<img src=x onerror=alert(1)> see https://lotus.example/menu and javascript:alert(1)',
          }),
        ],
      }),
      TEAM,
    );
    const body = screen.getByTestId('comment-body');
    expect(body.querySelector('img')).toBeNull();
    expect(body).toHaveTextContent('<img src=x onerror=alert(1)>');
    const links = within(body).getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', 'https://lotus.example/menu');
    expect(links[0]).toHaveAttribute('target', '_blank');
    expect(links[0]).toHaveAttribute('rel', 'noopener noreferrer nofollow');
  });

  it('says the thread is on deleted text, with the quote kept', async () => {
    await renderCard(thread(), TEAM, actions(), { resolved: { state: 'deleted' } });
    expect(screen.getByTestId('comment-anchor-label')).toHaveTextContent(
      'On deleted text: “tea-club members”',
    );
  });

  it('replies with a mention picked after "@"', async () => {
    const done = await renderCard(thread(), TEAM);
    const user = userEvent.setup();
    await user.type(screen.getByTestId('comment-input'), 'Agreed @Sa');
    await user.click(screen.getByRole('option', { name: 'Sara Strategist' }));
    await user.type(screen.getByTestId('comment-input'), 'will count.');
    await user.click(screen.getByTestId('comment-submit'));
    expect(done.reply).toHaveBeenCalledWith('t-1', {
      body: 'Agreed @Sara Strategist will count.',
      mentions: ['u-sara'],
      visibility: 'INTERNAL',
    });
  });

  it('lets the one who started it resolve it, and nobody else but moderators', async () => {
    const done = await renderCard(thread(), { ...TEAM, userId: 'u-sara' });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Resolve' }));
    expect(done.resolve).toHaveBeenCalledWith('t-1');
  });

  it('offers no resolve to another team member, and shows "edited" and escalations', async () => {
    await renderCard(
      thread({
        escalationTopics: ['Health claims'],
        comments: [comment({ editedAt: '2026-12-07T04:05:00.000Z' })],
      }),
      TEAM,
    );
    expect(screen.queryByRole('button', { name: 'Resolve' })).toBeNull();
    expect(screen.getByText(/edited/)).toBeInTheDocument();
    expect(screen.getByTestId('comment-escalation')).toHaveTextContent('Health claims');
  });

  it('shows a guest neither the visibility badge nor mentions', async () => {
    await renderCard(thread({ visibility: 'EXTERNAL' }), {
      canComment: true,
      isGuest: true,
      userId: null,
    });
    expect(screen.queryByText('External')).toBeNull();
    await userEvent.setup().type(screen.getByTestId('comment-input'), '@Sa');
    expect(screen.queryByRole('option')).toBeNull();
  });

  it('tells how many replies a preview holds back (its whole count, not the comments it carries)', async () => {
    await renderCard(
      thread({ commentCount: 4 }),
      { canComment: false, isGuest: false },
      actions(),
      {
        active: false,
      },
    );
    expect(screen.getByText('Show all replies (3)')).toBeInTheDocument();
  });
});
