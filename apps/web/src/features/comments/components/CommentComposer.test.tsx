import { MockLink } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createApolloClient } from '../../../app/apollo-client';
import { AppProviders } from '../../../app/AppProviders';
import { initI18n } from '../../../i18n';
import { ToneGuidelineQuery } from '../../tone/graphql/tone.graphql';
import { CommentComposer } from './CommentComposer';
import { CommentsContext, type CommentsContextValue } from './comments-context';

const GUIDE = {
  thresholds: { blockBelow: 60, warnBelow: 80 },
  traits: [],
  address: [],
  terms: [
    {
      id: 'no-cheap',
      severity: 'required',
      kind: 'banned',
      language: 'all',
      terms: ['cheap'],
      replacement: 'affordable',
    },
  ],
  readability: [],
  escalation: [],
  templates: [],
};

const guideline = {
  request: { query: ToneGuidelineQuery, variables: { brandId: 'b1' } },
  result: {
    data: {
      toneGuideline: {
        __typename: 'ToneGuideline',
        brandId: 'b1',
        version: 1,
        guide: JSON.stringify(GUIDE),
        updatedAt: '2026-12-06T10:00:00.000Z',
        updatedByName: 'Cem Chief',
      },
    },
  },
};

function renderComposer(
  toneBrandId: string | null,
  mocks: ConstructorParameters<typeof MockLink>[0],
) {
  const context = {
    actions: {} as CommentsContextValue['actions'],
    capability: { canComment: true, isGuest: toneBrandId === null },
    candidates: [],
    templates: [],
    toneBrandId,
  } satisfies CommentsContextValue;
  const wrap = (children: ReactNode) => (
    <AppProviders client={createApolloClient({ link: new MockLink(mocks) })} env="test">
      <CommentsContext.Provider value={context}>{children}</CommentsContext.Provider>
    </AppProviders>
  );
  render(
    wrap(
      <CommentComposer
        onSubmit={() => Promise.resolve()}
        candidates={[]}
        submitLabel="Reply"
        placeholder="Write a reply"
      />,
    ),
  );
}

describe('the comment composer and the tone of voice', () => {
  beforeAll(() => initI18n({ language: 'en' }));

  it('underlines a banned word in a reply as it is typed and lists the finding', async () => {
    renderComposer('b1', [guideline]);
    const input = screen.getByRole('textbox', { name: 'Write a reply' });
    await userEvent.type(input, 'Our cheap tea');
    const findings = await screen.findByTestId('reply-tone');
    expect(within(findings).getByTestId('tone-finding')).toHaveTextContent('cheap');
    const mark = screen.getByTestId('text-highlights').querySelector('.tone-finding');
    expect(mark).toHaveTextContent('cheap');
    expect(mark).toHaveAttribute('data-tone-rule', 'no-cheap');
  });

  it('checks nothing and asks nothing for a guest (no guideline query is mocked)', async () => {
    renderComposer(null, []);
    await userEvent.type(screen.getByRole('textbox', { name: 'Write a reply' }), 'Our cheap tea');
    expect(screen.queryByTestId('reply-tone')).toBeNull();
    expect(screen.queryByTestId('text-highlights')).toBeNull();
  });
});
