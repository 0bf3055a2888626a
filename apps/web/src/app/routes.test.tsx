import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BrandSummaryQuery } from '../features/brands/graphql/brands.graphql';
import {
  CalendarOptionsQuery,
  CalendarPostsQuery,
} from '../features/calendar/graphql/calendar.graphql';
import { emptyMixMock } from '../features/calendar/testing/mix-mock';
import { BrandDocumentsQuery } from '../features/documents/graphql/documents.graphql';
import { SignOutMutation } from '../features/auth/graphql/auth.mutations';
import { WorkspaceBrandsQuery } from '../features/brands/graphql/brands.graphql';
import { WorkspaceSummaryQuery } from '../features/workspaces/graphql/workspaces.graphql';
import { rememberWorkspace } from '../features/workspaces/workspace-paths';
import {
  answer,
  buildUser,
  buildWorkspace,
  errorResult,
  meAnswer,
  signedInMocks,
} from '../../test/factories';
import { renderApp } from '../../test/render-app';

const ana = buildUser();

function brandSummary(overrides: Record<string, unknown> = {}) {
  return answer(
    BrandSummaryQuery,
    { id: 'soda' },
    {
      data: {
        brand: {
          __typename: 'Brand',
          id: 'soda',
          name: 'Saigon Soda',
          workspaceId: 'acme',
          archivedAt: null,
          myRoles: ['strategist', 'smm_specialist'],
          myActions: ['brand.read', 'strategy.edit'],
          ...overrides,
        },
      },
    },
    Number.POSITIVE_INFINITY,
  );
}

const acme = buildWorkspace({ id: 'acme', name: 'Acme Agency' });

/** No documents of either listed kind on the brand, and an empty calendar. */
const noDocuments = [
  ...(['STRATEGY', 'MEDIA_PLAN'] as const).map((kind) =>
    answer(
      BrandDocumentsQuery,
      { brandId: 'soda', kind, includeArchived: false },
      { data: { documents: [] } },
      Number.POSITIVE_INFINITY,
    ),
  ),
  answer(
    CalendarOptionsQuery,
    { brandId: 'soda' },
    {
      data: {
        brand: { __typename: 'Brand', id: 'soda', networks: [], timeZone: 'Asia/Ho_Chi_Minh' },
        contentCategories: [],
        brandStrategyGoals: [],
      },
    },
    Number.POSITIVE_INFINITY,
  ),
  {
    // Whatever month the test runs in.
    request: { query: CalendarPostsQuery, variables: () => true },
    result: {
      data: {
        calendarPosts: {
          __typename: 'CalendarPosts',
          brandId: 'soda',
          timeZone: 'Asia/Ho_Chi_Minh',
          from: '2026-01-01',
          to: '2026-02-01',
          canEdit: false,
          promotionCapPercent: 20,
          truncated: false,
          posts: [],
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  emptyMixMock('soda', 'Asia/Ho_Chi_Minh'),
];

describe('the application shell', () => {
  it('has a header with the app name, main navigation, language switcher and "Sign in", and a main landmark', async () => {
    await renderApp('/');

    const header = screen.getByRole('banner');
    expect(within(header).getByRole('link', { name: 'Chorus' })).toHaveAttribute('href', '/');
    expect(within(header).getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(within(header).getByRole('combobox', { name: 'Language' })).toBeInTheDocument();
    expect(await within(header).findByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/sign-in',
    );
    expect(screen.getByRole('main')).toContainElement(
      screen.getByRole('heading', { level: 1, name: 'Welcome to Chorus' }),
    );
    expect(document.title).toBe('Welcome to Chorus · Chorus');
  });

  it('offers signing in and creating an account on the home page when signed out', async () => {
    await renderApp('/');

    const main = screen.getByRole('main');
    expect(await within(main).findByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/sign-in',
    );
    expect(within(main).getByRole('link', { name: 'Create an account' })).toHaveAttribute(
      'href',
      '/sign-up',
    );
    expect(screen.getByRole('region', { name: 'Server health' })).toBeInTheDocument();
  });

  it.each([
    [
      'strategy',
      'Strategy documents',
      'There are no strategy documents yet. Create the first one.',
    ],
    ['media-plans', 'Media plans', 'There are no media plans yet.'],
    ['calendar', 'Content calendar', 'Colour by'],
  ])(
    'shows the brand, my roles on it and the brand navigation at /w/acme/b/soda/%s',
    async (section, title, content) => {
      await renderApp(`/w/acme/b/soda/${section}`, {
        mocks: [...signedInMocks(ana, acme), brandSummary(), ...noDocuments],
      });

      expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
      expect(await screen.findByText(content)).toBeInTheDocument();
      const nav = screen.getByRole('navigation', { name: 'Brand sections' });
      expect(within(nav).getByTestId('brand-name')).toHaveTextContent('Saigon Soda');
      expect(within(nav).getByTestId('brand-roles')).toHaveTextContent('StrategistSMM specialist');
      const links = within(nav).getAllByRole('link');
      expect(links.map((link) => link.getAttribute('href'))).toEqual([
        '/w/acme',
        '/w/acme/b/soda/strategy',
        '/w/acme/b/soda/media-plans',
        '/w/acme/b/soda/calendar',
        '/w/acme/b/soda/results',
        '/w/acme/b/soda/settings',
      ]);
      expect(within(nav).getByRole('link', { current: 'page' })).toHaveAttribute(
        'href',
        `/w/acme/b/soda/${section}`,
      );
    },
  );

  it('opens a brand at its strategy documents', async () => {
    const { router } = await renderApp('/w/acme/b/soda', {
      mocks: [...signedInMocks(ana, acme), brandSummary(), ...noDocuments],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Strategy documents' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/w/acme/b/soda/strategy');
  });

  it('moves between brand sections through the navigation', async () => {
    await renderApp('/w/acme/b/soda/strategy', {
      mocks: [...signedInMocks(ana, acme), brandSummary(), ...noDocuments],
    });
    const nav = await screen.findByRole('navigation', { name: 'Brand sections' });

    await userEvent.click(within(nav).getByRole('link', { name: 'Calendar' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Content calendar' }),
    ).toBeInTheDocument();
  });

  it('says so when a brand cannot be opened', async () => {
    await renderApp('/w/acme/b/soda/strategy', {
      mocks: [
        ...signedInMocks(ana, acme),
        answer(BrandSummaryQuery, { id: 'soda' }, errorResult('NOT_FOUND')),
      ],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Brand unavailable' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This brand does not exist, or you have no role on it.',
    );
  });

  it('says so when a page does not exist', async () => {
    await renderApp('/no/such/page');

    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
  });
});

describe('pages that need a session', () => {
  it('send a visitor to sign in, remembering where they were going', async () => {
    const { router } = await renderApp('/w/acme/b/soda/media-plans');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe('?next=%2Fw%2Facme%2Fb%2Fsoda%2Fmedia-plans');
  });

  it('send the person to sign in when the server says the session has ended', async () => {
    const { router } = await renderApp('/w/acme', {
      mocks: [
        ...signedInMocks(ana, buildWorkspace({ id: 'other' })),
        answer(WorkspaceSummaryQuery, { id: 'acme' }, errorResult('UNAUTHENTICATED')),
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?next=%2Fw%2Facme');
    // The header no longer shows the person who was signed in.
    expect(
      within(screen.getByRole('banner')).getByRole('link', { name: 'Sign in' }),
    ).toBeInTheDocument();
  });
});

describe('the home page when signed in', () => {
  it('goes back to the workspace used last', async () => {
    rememberWorkspace('acme');
    const { router } = await renderApp('/', {
      mocks: [
        ...signedInMocks(ana, acme),
        answer(
          WorkspaceBrandsQuery,
          { id: 'acme', includeArchived: false },
          {
            data: {
              workspace: {
                __typename: 'Workspace',
                id: 'acme',
                myActions: acme.myActions,
                brands: [],
              },
            },
          },
        ),
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Brands' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/w/acme');
    expect(
      await within(screen.getByRole('banner')).findByRole('button', {
        name: 'Workspace: Acme Agency',
      }),
    ).toBeInTheDocument();
  });

  it('signs out from the account menu, goes home and says so', async () => {
    let signedIn: typeof ana | null = ana;
    const { router } = await renderApp('/workspaces', {
      mocks: [
        meAnswer(() => signedIn),
        ...signedInMocks(ana, acme).slice(1),
        {
          request: { query: SignOutMutation },
          result: () => {
            signedIn = null;
            return { data: { signOut: true } };
          },
        },
      ],
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Ana Lima — account menu' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Sign out' }));

    expect(await screen.findByText('You have signed out.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    await waitFor(() =>
      expect(
        within(screen.getByRole('banner')).getByRole('link', { name: 'Sign in' }),
      ).toBeInTheDocument(),
    );
  });
});
