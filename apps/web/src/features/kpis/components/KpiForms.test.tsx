import { MockLink } from '@apollo/client/testing';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answer } from '../../../../test/factories';
import { AppProviders } from '../../../app/AppProviders';
import { createApolloClient } from '../../../app/apollo-client';
import type { KpiFieldsFragment } from '../../../gql/graphql';
import { initI18n } from '../../../i18n';
import { CreateKpiMutation, SetKpiTargetsMutation } from '../graphql/kpis.graphql';
import { KpiFormModal } from './KpiFormModal';
import { TargetsModal } from './TargetsModal';

const today = new Date().toISOString().slice(0, 10);

const kpi = (overrides: Partial<KpiFieldsFragment> = {}): KpiFieldsFragment => ({
  __typename: 'Kpi',
  id: 'kpi-1',
  brandId: 'brand-1',
  goalId: null,
  name: 'Active club members',
  metric: 'active_share',
  unit: 'percent',
  currency: null,
  direction: 'higher',
  network: 'instagram',
  baseline: 10,
  target: 40,
  startDate: '2027-01-01',
  deadline: '2027-03-31',
  periodKind: 'month',
  targetMode: 'linear',
  goalRemovedAt: null,
  archivedAt: null,
  strategyDocumentId: null,
  targets: [
    { __typename: 'KpiTarget', periodKey: '2027-01', value: 20 },
    { __typename: 'KpiTarget', periodKey: '2027-02', value: 30 },
    { __typename: 'KpiTarget', periodKey: '2027-03', value: 40 },
  ],
  ...overrides,
});

async function renderWith(element: React.ReactElement, mocks: MockLink.MockedResponse[]) {
  await initI18n({ language: 'en' });
  const link = new MockLink(mocks);
  const request = jest.spyOn(link, 'request');
  render(
    <AppProviders client={createApolloClient({ link })} env="test">
      {element}
    </AppProviders>,
  );
  return request;
}

beforeAll(() => {
  // jsdom has no layout: Mantine's searchable Select scrolls its active option into view.
  Element.prototype.scrollIntoView = jest.fn();
});

describe('creating a custom KPI', () => {
  it('names what is missing and sends nothing, then sends money in minor units of the plan currency', async () => {
    const created = kpi({ id: 'kpi-cpc', name: 'Cheaper clicks', metric: 'cpc', unit: 'money' });
    const onClose = jest.fn();
    const request = await renderWith(
      <KpiFormModal brandId="brand-1" currency="EUR" kpi={null} onClose={onClose} />,
      [
        answer(
          CreateKpiMutation,
          {
            input: {
              brandId: 'brand-1',
              name: 'Cheaper clicks',
              metric: 'cpc',
              network: null,
              baseline: 150,
              target: 80,
              startDate: today,
              deadline: '2099-06-30',
              periodKind: 'month',
              direction: 'lower',
            },
          },
          { data: { createKpi: created } },
        ),
      ],
    );

    fireEvent.change(screen.getByLabelText('Deadline'), { target: { value: '2000-01-01' } });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Give the KPI a name.')).toBeInTheDocument();
    expect(screen.getByText('The deadline is before the start.')).toBeInTheDocument();
    expect(request).not.toHaveBeenCalled();

    await userEvent.type(screen.getByRole('textbox', { name: /Name/ }), 'Cheaper clicks');
    await userEvent.click(screen.getByRole('combobox', { name: 'Metric' }));
    await userEvent.click(await screen.findByRole('option', { name: 'CPC' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Baseline' }), '1.5');
    await userEvent.type(screen.getByRole('textbox', { name: 'Target' }), '0.8');
    fireEvent.change(screen.getByLabelText('Deadline'), { target: { value: '2099-06-30' } });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  }, 60_000);
});

describe('targets typed by hand', () => {
  it('refuses an empty period and a share over 100 %, then sends one target per month', async () => {
    const onClose = jest.fn();
    const request = await renderWith(
      <TargetsModal kpi={kpi()} currency="EUR" onClose={onClose} />,
      [
        answer(
          SetKpiTargetsMutation,
          {
            input: {
              kpiId: 'kpi-1',
              mode: 'manual',
              targets: [
                { periodKey: '2027-01', value: 15 },
                { periodKey: '2027-02', value: 30 },
                { periodKey: '2027-03', value: 45 },
              ],
            },
          },
          { data: { setKpiTargets: kpi({ targetMode: 'manual' }) } },
        ),
      ],
    );

    await userEvent.click(screen.getByRole('radio', { name: 'By hand' }));
    const january = screen.getByRole('textbox', { name: 'Target for 2027-01' });
    const march = screen.getByRole('textbox', { name: 'Target for 2027-03' });
    expect(january).toHaveValue('20');
    await userEvent.clear(january);
    await userEvent.clear(march);
    await userEvent.type(march, '140');
    await userEvent.click(screen.getByRole('button', { name: 'Save targets' }));
    expect(screen.getByText('Give a target.')).toBeInTheDocument();
    expect(screen.getByText('At most 100%.')).toBeInTheDocument();
    expect(request).not.toHaveBeenCalled();

    await userEvent.type(january, '15');
    await userEvent.clear(march);
    await userEvent.type(march, '45');
    await userEvent.click(screen.getByRole('button', { name: 'Save targets' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });
});
