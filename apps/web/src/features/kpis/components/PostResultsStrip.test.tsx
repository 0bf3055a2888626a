import { MockLink } from '@apollo/client/testing';
import { render, screen } from '@testing-library/react';
import * as Y from 'yjs';
import { answer } from '../../../../test/factories';
import { AppProviders } from '../../../app/AppProviders';
import { createApolloClient } from '../../../app/apollo-client';
import { initI18n } from '../../../i18n';
import type { DocumentPageExtensionProps } from '../../documents';
import { KpiPostResultsQuery } from '../graphql/kpi-posts.graphql';
import { addMonths, monthOf } from '../kpi-format';
import { PostResultsStrip } from './PostResultsStrip';

function props(kind: 'POST' | 'STRATEGY'): DocumentPageExtensionProps {
  return {
    document: {
      __typename: 'Document',
      id: 'post-1',
      brandId: 'brand-1',
      title: 'Summer launch reel',
      kind,
      language: null,
      updatedAt: '2027-04-01T00:00:00.000Z',
      archivedAt: null,
      myCapability: 'EDIT',
    },
    doc: new Y.Doc(),
    capability: 'EDIT',
    toComparableText: () => '',
    renderPreview: () => null,
  };
}

const to = monthOf(new Date());
const results = answer(
  KpiPostResultsQuery,
  { brandId: 'brand-1', from: addMonths(to, -59), to, network: null, postRef: 'post-1', first: 20 },
  {
    data: {
      kpiPostResults: {
        __typename: 'KpiPostResults',
        total: 1,
        unlinked: 0,
        categories: [],
        posts: [
          {
            __typename: 'KpiPostResult',
            network: 'instagram',
            postRef: 'post-1',
            postId: 'post-1',
            postTitle: 'Summer launch reel',
            engagements: 60,
            reach: 2000,
            impressions: null,
            clicks: null,
            lastMonth: '2025-06',
            engagementRate: {
              __typename: 'KpiMeasureValue',
              value: 6,
              reason: null,
              formula: 'f',
              planned: false,
            },
            engagementRateByReach: {
              __typename: 'KpiMeasureValue',
              value: null,
              reason: 'no_reach',
              formula: 'f',
              planned: false,
            },
          },
        ],
      },
    },
  },
);

async function renderStrip(kind: 'POST' | 'STRATEGY') {
  await initI18n({ language: 'en' });
  const link = new MockLink([results]);
  const request = jest.spyOn(link, 'request');
  render(
    <AppProviders client={createApolloClient({ link })} env="test">
      <PostResultsStrip {...props(kind)} />
    </AppProviders>,
  );
  return request;
}

describe("a post's results on its page", () => {
  it('shows the engagements, reach and rates imported for this post, per network', async () => {
    await renderStrip('POST');
    const strip = await screen.findByTestId('post-results-strip');
    expect(strip).toHaveTextContent('Results of this post');
    expect(strip).toHaveTextContent('Instagram');
    expect(strip).toHaveTextContent('60');
    expect(strip).toHaveTextContent('2,000');
    expect(strip).toHaveTextContent('6%');
    expect(strip).toHaveTextContent('no reach');
  });

  it('asks nothing on other kinds of document', async () => {
    const request = await renderStrip('STRATEGY');
    expect(screen.queryByTestId('post-results-strip')).toBeNull();
    expect(request).not.toHaveBeenCalled();
  });
});
