import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../../test/render-app';
import { healthAnswer, healthFailure } from '../../../../test/factories';

function healthPanel(): HTMLElement {
  return screen.getByRole('region', { name: 'Server health' });
}

describe('the health panel on the home page', () => {
  it('shows that it is checking, then the status the server reports and nothing about its version, uptime or database', async () => {
    await renderApp('/', { mocks: [healthAnswer({ status: 'ok' })] });

    expect(within(healthPanel()).getByRole('status')).toHaveTextContent('Checking the server…');

    const status = await within(healthPanel()).findByTestId('health-status');
    expect(status).toHaveTextContent('OK');
    expect(status).toHaveAttribute('data-status', 'ok');
    expect(within(healthPanel()).queryByTestId('health-database')).not.toBeInTheDocument();
    expect(within(healthPanel()).queryByTestId('health-version')).not.toBeInTheDocument();
    expect(within(healthPanel()).queryByTestId('health-uptime')).not.toBeInTheDocument();
    expect(within(healthPanel()).queryByRole('status')).not.toBeInTheDocument();
  });

  it('shows a degraded server as such', async () => {
    await renderApp('/', { mocks: [healthAnswer({ status: 'degraded' })] });

    const status = await within(healthPanel()).findByTestId('health-status');
    expect(status).toHaveTextContent('Degraded');
  });

  it('shows an error when the server cannot be reached, and recovers when retried', async () => {
    await renderApp('/', {
      mocks: [healthFailure(), healthAnswer({ status: 'ok' })],
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
      mocks: [healthAnswer({ status: 'ok' })],
    });

    const panel = screen.getByRole('region', { name: 'وضعیت سرور' });
    expect(await within(panel).findByTestId('health-status')).toHaveTextContent('سالم');
  });
});
