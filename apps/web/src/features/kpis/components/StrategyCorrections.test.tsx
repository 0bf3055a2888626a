import { MockLink } from '@apollo/client/testing';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as Y from 'yjs';
import { answer } from '../../../../test/factories';
import { AppProviders } from '../../../app/AppProviders';
import { createApolloClient } from '../../../app/apollo-client';
import type { DocumentPageExtensionProps } from '../../documents';
import { initI18n } from '../../../i18n';
import { KpiNotesQuery } from '../graphql/kpi-notes.graphql';
import { StrategyCorrections } from './StrategyCorrections';

const note = (id: string, section: string | null, body: string) => ({
  __typename: 'KpiNote' as const,
  id,
  kpiId: 'kpi-tiktok',
  kpiName: 'TikTok reach',
  periodKey: '2027-03',
  body,
  strategyDocumentId: 'strategy-1',
  strategySection: section,
  createdByName: 'Anna',
  createdAt: '2027-04-02T09:00:00.000Z',
});

function props(kind: 'STRATEGY' | 'MEDIA_PLAN'): DocumentPageExtensionProps {
  return {
    document: {
      __typename: 'Document',
      id: 'strategy-1',
      brandId: 'brand-1',
      title: 'SMM strategy 2027',
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

async function renderBanner(kind: 'STRATEGY' | 'MEDIA_PLAN', mocks: MockLink.MockedResponse[]) {
  await initI18n({ language: 'en' });
  const link = new MockLink(mocks);
  const request = jest.spyOn(link, 'request');
  const view = render(
    <AppProviders client={createApolloClient({ link })} env="test">
      <div className="ProseMirror">
        <h2>Goals</h2>
        <h2>{'  '}platforms </h2>
      </div>
      <StrategyCorrections {...props(kind)} />
    </AppProviders>,
  );
  return { request, view };
}

describe('corrections on a strategy page', () => {
  it('lists the corrections linking to this strategy and jumps to the section each changes', async () => {
    const scroll = jest.fn();
    Element.prototype.scrollIntoView = scroll;
    await renderBanner('STRATEGY', [
      answer(
        KpiNotesQuery,
        { brandId: 'brand-1', strategyDocumentId: 'strategy-1' },
        {
          data: {
            kpiNotes: [
              note('n-1', 'Platforms', 'Raise the TikTok share'),
              note('n-2', 'Budget', 'Spend less on X'),
            ],
          },
        },
      ),
    ]);
    const banner = await screen.findByTestId('strategy-corrections');
    expect(banner).toHaveTextContent('Corrections from results (2)');
    expect(banner).toHaveTextContent('Raise the TikTok share');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Go to “Platforms”' }));
    expect(scroll).toHaveBeenCalledTimes(1);
    expect(scroll.mock.contexts[0]).toHaveTextContent('platforms');

    await user.click(screen.getByRole('button', { name: 'Go to “Budget”' }));
    expect(scroll).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent(
      'The section “Budget” is not in this strategy any more.',
    );
  });

  it('shows nothing, and asks nothing, on a media plan', async () => {
    const { request, view } = await renderBanner('MEDIA_PLAN', []);
    expect(view.container.querySelector('[data-testid="strategy-corrections"]')).toBeNull();
    expect(request).not.toHaveBeenCalled();
  });
});
