import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { NetworkId } from '@chorus/post-model';
import { AppProviders } from '../../../app/AppProviders';
import { createApolloClient } from '../../../app/apollo-client';
import { initI18n } from '../../../i18n';
import type { ActualsMapping } from '../kpi-files';
import { ActualsMappingStep } from './ActualsMappingStep';

const HEADERS = ['Date', 'Reach', 'Follows', 'Likes'];

function Harness({
  start,
  onMapping,
}: {
  start: ActualsMapping;
  onMapping: (m: ActualsMapping) => void;
}) {
  const [mapping, setMapping] = useState(start);
  const [network, setNetwork] = useState<NetworkId | null>(null);
  return (
    <ActualsMappingStep
      headers={HEADERS}
      mapping={mapping}
      onChange={(next) => {
        setMapping(next);
        onMapping(next);
      }}
      network={network}
      onNetworkChange={setNetwork}
    />
  );
}

async function renderStep(start: ActualsMapping, onMapping = jest.fn()) {
  await initI18n({ language: 'en' });
  render(
    <AppProviders client={createApolloClient()} env="test">
      <Harness start={start} onMapping={onMapping} />
    </AppProviders>,
  );
  return onMapping;
}

describe('the actuals mapping step', () => {
  it('shows the suggested mapping and says what is missing until a network is chosen', async () => {
    await renderStep({ period: 'Date', metrics: { reach: 'Reach' } });
    expect(screen.getByRole('combobox', { name: /Month or date/ })).toHaveValue('Date');
    expect(screen.getByRole('combobox', { name: 'Reach' })).toHaveValue('Reach');
    const issues = screen.getByTestId('mapping-issues');
    expect(
      within(issues).getByText(/Choose a network column or the network of the whole file/),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('combobox', { name: 'Network of the whole file' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Instagram' }));
    expect(screen.queryByTestId('mapping-issues')).not.toBeInTheDocument();
  });

  it('maps a metric to a column and names a column mapped twice', async () => {
    const onMapping = await renderStep({ period: 'Date', metrics: { reach: 'Reach' } });
    await userEvent.click(screen.getByRole('combobox', { name: 'Impressions' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Reach' }));
    expect(onMapping).toHaveBeenLastCalledWith({
      period: 'Date',
      metrics: { reach: 'Reach', impressions: 'Reach' },
    });
    expect(screen.getByTestId('mapping-issues')).toHaveTextContent(
      'The column “Reach” is mapped twice.',
    );
  });
});
