import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../test/render-app';

describe('the application shell', () => {
  it('has a header with the app name, main navigation and language switcher, and a main landmark', async () => {
    await renderApp('/');

    const header = screen.getByRole('banner');
    expect(within(header).getByRole('link', { name: 'Chorus' })).toHaveAttribute('href', '/');
    expect(within(header).getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(within(header).getByRole('combobox', { name: 'Language' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toContainElement(
      screen.getByRole('heading', { level: 1, name: 'Welcome to Chorus' }),
    );
    expect(document.title).toBe('Welcome to Chorus · Chorus');
  });

  it.each([
    ['strategy', 'Strategy documents'],
    ['media-plans', 'Media plans'],
    ['calendar', 'Content calendar'],
    ['settings', 'Brand settings'],
  ])(
    'shows the brand navigation and the "coming soon" page at /w/acme/b/soda/%s',
    async (section, title) => {
      await renderApp(`/w/acme/b/soda/${section}`);

      expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
      expect(screen.getByText('Coming soon')).toBeInTheDocument();
      const nav = screen.getByRole('navigation', { name: 'Brand sections' });
      expect(within(nav).getByText('Workspace acme · brand soda')).toBeInTheDocument();
      const links = within(nav).getAllByRole('link');
      expect(links.map((link) => link.getAttribute('href'))).toEqual([
        '/w/acme/b/soda/strategy',
        '/w/acme/b/soda/media-plans',
        '/w/acme/b/soda/calendar',
        '/w/acme/b/soda/settings',
      ]);
      expect(within(nav).getByRole('link', { current: 'page' })).toHaveAttribute(
        'href',
        `/w/acme/b/soda/${section}`,
      );
    },
  );

  it('opens a brand at its strategy documents', async () => {
    const { router } = await renderApp('/w/acme/b/soda');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Strategy documents' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/w/acme/b/soda/strategy');
  });

  it('moves between brand sections through the navigation', async () => {
    await renderApp('/w/acme/b/soda/strategy');
    const nav = await screen.findByRole('navigation', { name: 'Brand sections' });

    await userEvent.click(within(nav).getByRole('link', { name: 'Calendar' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Content calendar' }),
    ).toBeInTheDocument();
  });

  it('says so when a page does not exist', async () => {
    await renderApp('/no/such/page');

    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
  });
});

describe('the sign-in page', () => {
  it('has a labelled email and password field and says accounts arrive soon on submit', async () => {
    await renderApp('/sign-in');

    const email = await screen.findByLabelText(/^Email/);
    const password = screen.getByLabelText(/^Password/);
    expect(email).toHaveAttribute('type', 'email');
    expect(password).toHaveAttribute('type', 'password');
    expect(screen.queryByText('Accounts arrive soon')).not.toBeInTheDocument();

    await userEvent.type(email, 'ana@example.com');
    await userEvent.type(password, 'correct horse');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByRole('status')).toHaveTextContent('Accounts arrive soon');
  });
});
