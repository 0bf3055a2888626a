import { MockLink } from '@apollo/client/testing';
import { render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act, type ReactNode } from 'react';
import { createApolloClient } from '../../../app/apollo-client';
import { AppProviders } from '../../../app/AppProviders';
import { initI18n } from '../../../i18n';
import {
  IgnoreToneFindingMutation,
  ToneGuidelineAtQuery,
  ToneGuidelineVersionsQuery,
  ToneIgnoredFindingsQuery,
} from '../graphql/tone.graphql';
import { useIgnoredFindings } from '../hooks/use-tone';
import { GuidelineHistory } from './GuidelineHistory';

const GUIDE_V1 = {
  thresholds: { blockBelow: 60, warnBelow: 80 },
  traits: [],
  address: [],
  terms: [
    {
      id: 'no-cheap',
      severity: 'required',
      language: 'en',
      terms: ['cheap'],
      kind: 'banned',
      replacement: 'affordable',
    },
  ],
  readability: [],
  escalation: [],
  templates: [],
};

function wrapper(mocks: ConstructorParameters<typeof MockLink>[0]) {
  const client = createApolloClient({ link: new MockLink(mocks) });
  return ({ children }: { children: ReactNode }) => (
    <AppProviders client={client} env="test">
      {children}
    </AppProviders>
  );
}

describe('the guideline history', () => {
  beforeAll(() => initI18n({ language: 'en' }));

  it('lists the saved versions newest first and shows an older one whole, read-only', async () => {
    const Wrapper = wrapper([
      {
        request: { query: ToneGuidelineVersionsQuery, variables: { brandId: 'b1' } },
        result: {
          data: {
            toneGuidelineVersions: [
              {
                __typename: 'ToneGuidelineVersion',
                version: 2,
                updatedAt: '2026-12-06T10:00:00.000Z',
                updatedByName: 'Cem Chief',
              },
              {
                __typename: 'ToneGuidelineVersion',
                version: 1,
                updatedAt: '2026-12-05T10:00:00.000Z',
                updatedByName: 'Olena',
              },
            ],
          },
        },
      },
      {
        request: { query: ToneGuidelineAtQuery, variables: { brandId: 'b1', version: 1 } },
        result: {
          data: {
            toneGuidelineAt: {
              __typename: 'ToneGuideline',
              brandId: 'b1',
              version: 1,
              guide: JSON.stringify(GUIDE_V1),
              updatedAt: '2026-12-05T10:00:00.000Z',
              updatedByName: 'Olena',
            },
          },
        },
      },
    ]);
    render(
      <Wrapper>
        <GuidelineHistory brandId="b1" current={2} />
      </Wrapper>,
    );
    const history = screen.getByTestId('tone-guideline-history');
    await within(history).findByText('Cem Chief');
    const rows = within(history).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/^2 · in force/),
      expect.stringMatching(/^1.*Olena/),
    ]);

    await userEvent.click(screen.getByRole('button', { name: 'View version 1' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Tone-of-voice guideline, version 1',
    });
    const term = await within(dialog).findByDisplayValue('cheap');
    expect(term).toBeDisabled();
    expect(within(dialog).getByDisplayValue('affordable')).toBeDisabled();
  });
});

describe('ignore-once decisions in the editors', () => {
  it('starts from the stored decisions and adds new ones once, keeping the list while nothing changes', async () => {
    const Wrapper = wrapper([
      {
        request: { query: ToneIgnoredFindingsQuery, variables: { documentId: 'd1' } },
        result: {
          data: {
            toneIgnoredFindings: [
              { __typename: 'ToneIgnoredFinding', id: 'i1', ruleId: 'no-cheap', text: 'cheap' },
            ],
          },
        },
      },
      {
        request: {
          query: IgnoreToneFindingMutation,
          variables: {
            input: { documentId: 'd1', ruleId: 'no-sale', text: 'SALE', reason: 'A name.' },
          },
        },
        result: { data: { ignoreToneFinding: true } },
      },
    ]);
    const { result, rerender } = renderHook(() => useIgnoredFindings('d1'), { wrapper: Wrapper });
    await waitFor(() =>
      expect(result.current.ignored).toEqual([{ ruleId: 'no-cheap', text: 'cheap' }]),
    );
    const before = result.current.ignored;
    rerender();
    expect(result.current.ignored).toBe(before);

    await act(() => result.current.ignoreOnce('no-sale', 'SALE', 'A name.'));
    expect(result.current.ignored).toEqual([
      { ruleId: 'no-cheap', text: 'cheap' },
      { ruleId: 'no-sale', text: 'SALE' },
    ]);
  });
});
