import { routeKind } from './http-observer.middleware.js';

describe('routeKind', () => {
  it.each([
    ['/graphql', 'graphql'],
    ['/collab/doc-1', 'collab'],
    ['/assets/index-abc.js', 'assets'],
    ['/api/live/brands/b-1', 'live'],
    ['/api/brands/b-1/posts/export', 'api'],
    ['/api/calendar/token.ics', 'api'],
    ['/w/acme/b/soda/calendar', 'web'],
  ])('labels %s as %s', (path, label) => {
    expect(routeKind(path)).toBe(label);
  });
});
