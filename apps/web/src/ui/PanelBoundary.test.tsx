import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { PanelBoundary } from './PanelBoundary';

function Broken(): never {
  throw new Error('the panel broke');
}

describe('PanelBoundary', () => {
  it('replaces a panel that throws with its message and leaves what is beside it alone', () => {
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <MantineProvider>
        <p>The editor</p>
        <PanelBoundary message="This panel could not be shown.">
          <Broken />
        </PanelBoundary>
      </MantineProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('This panel could not be shown.');
    expect(screen.getByText('The editor')).toBeInTheDocument();
    expect(quiet).toHaveBeenCalledWith('A side panel failed', expect.any(Error), expect.anything());
    quiet.mockRestore();
  });

  it('shows a panel that works as it is', () => {
    render(
      <MantineProvider>
        <PanelBoundary message="This panel could not be shown.">
          <p>Comments</p>
        </PanelBoundary>
      </MantineProvider>,
    );
    expect(screen.getByText('Comments')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
