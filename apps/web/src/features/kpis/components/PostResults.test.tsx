import { MockLink } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { answer } from '../../../../test/factories';
import { AppProviders } from '../../../app/AppProviders';
import { createApolloClient } from '../../../app/apollo-client';
import { initI18n } from '../../../i18n';
import { KpiPostResultsQuery } from '../graphql/kpi-posts.graphql';
import { defaultRange } from '../kpi-format';
import { PostResults } from './PostResults';

const measure = (value: number | null, reason: string | null, formula: string) => ({
  __typename: 'KpiMeasureValue' as const,
  value,
  reason,
  formula,
  planned: false,
});

function post(overrides: Record<string, unknown>) {
  return {
    __typename: 'KpiPostResult' as const,
    network: 'instagram',
    postRef: 'x',
    postId: null,
    postTitle: null,
    engagements: 10,
    reach: 500,
    impressions: null,
    clicks: null,
    lastMonth: '2025-06',
    engagementRate: measure(1, null, 'engagements ÷ followers × 100'),
    engagementRateByReach: measure(2, null, 'engagements ÷ reach × 100'),
    ...overrides,
  };
}

async function renderPosts(
  posts: unknown[],
  total: number,
  language: 'en' | 'vi' = 'en',
  byCategory: { categories: unknown[]; unlinked: number } = { categories: [], unlinked: 0 },
) {
  await initI18n({ language });
  const range = defaultRange(new Date());
  const link = new MockLink([
    answer(
      KpiPostResultsQuery,
      { brandId: 'brand-1', from: range.from, to: range.to, network: null, first: 20 },
      { data: { kpiPostResults: { __typename: 'KpiPostResults', total, posts, ...byCategory } } },
    ),
  ]);
  render(
    <AppProviders client={createApolloClient({ link })} env="test">
      <MemoryRouter>
        <PostResults brandId="brand-1" workspaceId="ws-1" />
      </MemoryRouter>
    </AppProviders>,
  );
}

describe('results per post', () => {
  it('lists the most engaging posts with their rates, a Chorus post linking to its page and a URL to the network', async () => {
    await renderPosts(
      [
        post({
          postRef: 'doc-1',
          postId: 'doc-1',
          postTitle: 'Summer launch reel',
          engagements: 60,
          reach: 2000,
          engagementRate: measure(6, null, 'f'),
          engagementRateByReach: measure(3, null, 'f'),
        }),
        post({
          postRef: 'https://www.instagram.com/p/quiet/',
          engagements: 1,
          reach: 0,
          engagementRate: measure(null, 'no_members', 'f'),
          engagementRateByReach: measure(null, 'no_reach', 'f'),
        }),
      ],
      7,
    );
    const table = await screen.findByRole('table', { name: 'Most engaging posts: 2 of 7' });
    const rows = within(table).getAllByTestId('post-result');
    expect(within(rows[0]!).getByRole('link', { name: 'Summer launch reel' })).toHaveAttribute(
      'href',
      '/w/ws-1/b/brand-1/d/doc-1',
    );
    expect(rows[0]).toHaveTextContent('60');
    expect(rows[0]).toHaveTextContent('2,000');
    expect(rows[0]).toHaveTextContent('6%');
    expect(rows[0]).toHaveTextContent('3%');
    const external = within(rows[1]!).getByRole('link', {
      name: 'https://www.instagram.com/p/quiet/',
    });
    expect(external).toHaveAttribute('rel', 'noopener noreferrer');
    // No followers and no reach: "—" with the reason, never Infinity.
    expect(rows[1]).toHaveTextContent('no community members');
    expect(rows[1]).toHaveTextContent('no reach');
  });

  it('says how to get per-post results when there are none, in the reader’s language', async () => {
    await renderPosts([], 0, 'vi');
    expect(
      await screen.findByText(/Hãy nhập tệp có cột ID hoặc URL của bài đăng để xem/),
    ).toBeInTheDocument();
  });

  it('adds up the brand’s posts by content category and says how many imported posts name none', async () => {
    const category = (overrides: Record<string, unknown>) => ({
      __typename: 'KpiCategoryResult' as const,
      categoryId: null,
      name: null,
      color: null,
      posts: 1,
      engagements: 5,
      reach: null,
      engagementsPerPost: 5,
      engagementRateByReach: measure(null, 'missing_data', 'engagements ÷ reach × 100'),
      ...overrides,
    });
    await renderPosts([post({ postRef: 'doc-1', postId: 'doc-1', postTitle: 'Guide' })], 3, 'en', {
      unlinked: 2,
      categories: [
        category({
          categoryId: 'cat-1',
          name: 'Expertise',
          color: 'teal',
          posts: 2,
          engagements: 40,
          reach: 1000,
          engagementsPerPost: 20,
          engagementRateByReach: measure(4, null, 'engagements ÷ reach × 100'),
        }),
        category({}),
      ],
    });
    const table = await screen.findByRole('table', {
      name: 'Results by content category (posts of this brand)',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'Expertise240201,0004%',
      expect.stringMatching(/^No category155—/),
    ]);
    expect(
      screen.getByText(
        '2 imported posts name no post of this brand (by its id or a link to it), so they count in no category.',
      ),
    ).toBeInTheDocument();
  });
});
