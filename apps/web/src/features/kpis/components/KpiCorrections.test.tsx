import { MockLink } from '@apollo/client/testing';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { answer } from '../../../../test/factories';
import { AppProviders } from '../../../app/AppProviders';
import { createApolloClient } from '../../../app/apollo-client';
import type { KpiFieldsFragment, KpiNoteFieldsFragment } from '../../../gql/graphql';
import { initI18n } from '../../../i18n';
import {
  AddKpiNoteMutation,
  KpiNotesQuery,
  KpiStrategiesQuery,
} from '../graphql/kpi-notes.graphql';
import { KpisQuery } from '../graphql/kpis.graphql';
import { KpiCorrections } from './KpiCorrections';

const kpi: KpiFieldsFragment = {
  __typename: 'Kpi',
  id: 'kpi-tiktok',
  brandId: 'brand-1',
  goalId: 'goal-1',
  name: 'TikTok reach',
  metric: 'reach',
  unit: 'count',
  currency: null,
  direction: 'higher',
  network: 'tiktok',
  baseline: 1000,
  target: 5000,
  startDate: '2027-01-01',
  deadline: '2027-06-30',
  periodKind: 'month',
  targetMode: 'linear',
  goalRemovedAt: null,
  archivedAt: null,
  strategyDocumentId: 'strategy-1',
  targets: [],
};

const note = (overrides: Partial<KpiNoteFieldsFragment> = {}): KpiNoteFieldsFragment => ({
  __typename: 'KpiNote',
  id: 'note-1',
  kpiId: 'kpi-tiktok',
  kpiName: 'TikTok reach',
  periodKey: '2027-03',
  body: 'Raise the TikTok share',
  strategyDocumentId: 'strategy-1',
  strategySection: 'Platforms',
  createdByName: 'Anna',
  createdAt: '2027-04-02T09:00:00.000Z',
  ...overrides,
});

const strategies = answer(
  KpiStrategiesQuery,
  { brandId: 'brand-1' },
  {
    data: {
      documents: [{ __typename: 'Document', id: 'strategy-1', title: 'SMM strategy 2027' }],
    },
  },
);

async function renderCorrections(canEdit: boolean, mocks: MockLink.MockedResponse[]) {
  await initI18n({ language: 'en' });
  const link = new MockLink([strategies, ...mocks]);
  const request = jest.spyOn(link, 'request');
  render(
    <AppProviders client={createApolloClient({ link })} env="test">
      <MemoryRouter initialEntries={['/w/ws-1/b/brand-1/results']}>
        <Routes>
          <Route
            path="/w/:workspaceId/b/:brandId/results"
            element={<KpiCorrections brandId="brand-1" canEdit={canEdit} />}
          />
        </Routes>
      </MemoryRouter>
    </AppProviders>,
  );
  return request;
}

beforeAll(() => {
  // jsdom has no layout: Mantine's searchable Select scrolls its active option into view.
  Element.prototype.scrollIntoView = jest.fn();
});

describe('corrections on the Results page', () => {
  it('lists each correction with its KPI, month and a link to the strategy section, and offers no form to readers', async () => {
    await renderCorrections(false, [
      answer(
        KpiNotesQuery,
        { brandId: 'brand-1', strategyDocumentId: null },
        { data: { kpiNotes: [note()] } },
      ),
    ]);
    expect(await screen.findByText('Raise the TikTok share')).toBeInTheDocument();
    expect(screen.getByText('TikTok reach · 2027-03')).toBeInTheDocument();
    const link = await screen.findByRole('link', { name: 'SMM strategy 2027 › Platforms' });
    expect(link).toHaveAttribute('href', '/w/ws-1/b/brand-1/d/strategy-1');
    expect(screen.queryByRole('button', { name: 'Add a correction' })).toBeNull();
  });

  it('adds a correction on a KPI from a goal, linked to that goal’s strategy by default, and lists it', async () => {
    const added = note({ id: 'note-2', periodKey: null, body: 'Move budget to Reels' });
    const request = await renderCorrections(true, [
      answer(
        KpiNotesQuery,
        { brandId: 'brand-1', strategyDocumentId: null },
        { data: { kpiNotes: [] } },
      ),
      answer(KpisQuery, { brandId: 'brand-1', archived: false }, { data: { kpis: [kpi] } }),
      answer(
        AddKpiNoteMutation,
        {
          input: {
            kpiId: 'kpi-tiktok',
            periodKey: null,
            body: 'Move budget to Reels',
            strategyDocumentId: 'strategy-1',
            strategySection: 'Platforms',
          },
        },
        { data: { addKpiNote: added } },
      ),
      answer(
        KpiNotesQuery,
        { brandId: 'brand-1', strategyDocumentId: null },
        { data: { kpiNotes: [added] } },
      ),
    ]);
    const user = userEvent.setup();
    expect(await screen.findByText('No corrections yet.')).toBeInTheDocument();
    const submit = screen.getByRole('button', { name: 'Add a correction' });
    expect(submit).toBeDisabled();

    await user.click(screen.getByRole('combobox', { name: /^KPI/ }));
    await user.click(await screen.findByRole('option', { name: 'TikTok reach' }));
    await user.type(
      screen.getByRole('textbox', { name: /^What should change/ }),
      'Move budget to Reels',
    );
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Strategy' })).toHaveValue('SMM strategy 2027'),
    );
    await user.type(screen.getByRole('textbox', { name: /^Section/ }), 'Platforms');
    await user.click(submit);

    expect(await screen.findByText('The correction was added.')).toBeInTheDocument();
    expect(await screen.findByText('Move budget to Reels', { selector: 'p' })).toBeInTheDocument();
    const sent = request.mock.calls.map(([operation]) => operation.operationName);
    expect(sent).toContain('AddKpiNote');
  });
});
