import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../../test/render-app';
import { healthAnswer, healthFailure } from '../../../../test/factories';

function healthPanel(): HTMLElement {
  return screen.getByRole('region', { name: 'Server health' });
}

describe('the health panel on the home page', () => {
  it('shows that it is checking, then the status, database, version and uptime the server reports', async () => {
    await renderApp('/', {
      mocks: [
        healthAnswer({ status: 'ok', database: true, version: '1.4.2', uptimeSeconds: 7300 }),
      ],
    });

    expect(within(healthPanel()).getByRole('status')).toHaveTextContent('Checking the server…');

    const status = await within(healthPanel()).findByTestId('health-status');
    expect(status).toHaveTextContent('OK');
    expect(status).toHaveAttribute('data-status', 'ok');
    expect(within(healthPanel()).getByTestId('health-database')).toHaveTextContent('Reachable');
    expect(within(healthPanel()).getByTestId('health-version')).toHaveTextContent('1.4.2');
    expect(within(healthPanel()).getByTestId('health-uptime')).toHaveTextContent('2 hours');
    expect(within(healthPanel()).queryByRole('status')).not.toBeInTheDocument();
  });

  it('shows a degraded server with an unreachable database as such', async () => {
    await renderApp('/', {
      mocks: [
        healthAnswer({ status: 'degraded', database: false, version: '1.4.2', uptimeSeconds: 5 }),
      ],
    });

    const status = await within(healthPanel()).findByTestId('health-status');
    expect(status).toHaveTextContent('Degraded');
    expect(within(healthPanel()).getByTestId('health-database')).toHaveTextContent('Unreachable');
    expect(within(healthPanel()).getByTestId('health-uptime')).toHaveTextContent('5 seconds');
  });

  it('shows an error when the server cannot be reached, and recovers when retried', async () => {
    await renderApp('/', {
      mocks: [
        healthFailure(),
        healthAnswer({ status: 'ok', database: true, version: '1.4.2', uptimeSeconds: 60 }),
      ],
    });

    const alert = await within(healthPanel()).findByRole('alert');
    expect(alert).toHaveTextContent('The server could not be reached');
    expect(within(healthPanel()).queryByTestId('health-status')).not.toBeInTheDocument();

    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await within(healthPanel()).findByTestId('health-status')).toHaveTextContent('OK');
    expect(within(healthPanel()).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the health in the chosen language', async () => {
    await renderApp('/', {
      language: 'fa',
      mocks: [healthAnswer({ status: 'ok', database: true, version: '1.4.2', uptimeSeconds: 180 })],
    });

    const panel = screen.getByRole('region', { name: 'وضعیت سرور' });
    expect(await within(panel).findByTestId('health-status')).toHaveTextContent('سالم');
    // Persian digits and unit names come from Intl, not from the translation files.
    expect(within(panel).getByTestId('health-uptime')).toHaveTextContent('۳ دقیقه');
  });
});
