import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { Outlet, type RouteObject } from 'react-router';
import { lazyPage, preloadOnIntent, preloadPath } from './route-preload';

function pages() {
  const loads = { layout: 0, page: 0, other: 0 };
  const Layout = lazyPage(() => {
    loads.layout += 1;
    return Promise.resolve(() => <Outlet />);
  });
  const Page = lazyPage(() => {
    loads.page += 1;
    return Promise.resolve(() => <p>The document</p>);
  });
  const Other = lazyPage(() => {
    loads.other += 1;
    return Promise.resolve(() => <p>Other</p>);
  });
  const routes: RouteObject[] = [
    {
      path: 'w/:workspaceId/b/:brandId',
      element: <Layout />,
      children: [
        { path: 'd/:documentId', element: <Page /> },
        { path: 'calendar', element: <Other /> },
      ],
    },
  ];
  return { loads, routes, Page };
}

describe('route preloading', () => {
  it('starts the layout and the page of a path together, once each', () => {
    const { loads, routes } = pages();
    preloadPath(routes, '/w/acme/b/soda/d/doc-1');
    preloadPath(routes, '/w/acme/b/soda/d/doc-2');
    expect(loads).toEqual({ layout: 1, page: 1, other: 0 });
    preloadPath(routes, '/nowhere');
    expect(loads).toEqual({ layout: 1, page: 1, other: 0 });
  });

  it('renders a preloaded page without loading it again', async () => {
    const { loads, Page } = pages();
    await Page.preload();
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Page />
      </Suspense>,
    );
    expect(await screen.findByText('The document')).toBeInTheDocument();
    expect(loads.page).toBe(1);
  });

  it('loads a page again after its download failed', async () => {
    let attempts = 0;
    const Flaky = lazyPage(() => {
      attempts += 1;
      return attempts === 1
        ? Promise.reject(new Error('offline'))
        : Promise.resolve(() => <p>Back</p>);
    });
    await expect(Flaky.preload()).rejects.toThrow('offline');
    await expect(Flaky.preload()).resolves.toBeDefined();
    expect(attempts).toBe(2);
  });

  it('preloads a link’s pages when it is hovered or focused, not other links’', async () => {
    const { loads, routes } = pages();
    render(
      <nav>
        <a href="/w/acme/b/soda/calendar">Calendar</a>
        <a href="/w/acme/b/soda/d/doc-1">Strategy</a>
      </nav>,
    );
    const stop = preloadOnIntent(routes);
    await userEvent.hover(screen.getByText('Calendar'));
    expect(loads).toEqual({ layout: 1, page: 0, other: 1 });
    act(() => screen.getByText('Strategy').focus());
    expect(loads).toEqual({ layout: 1, page: 1, other: 1 });
    stop();
  });
});
