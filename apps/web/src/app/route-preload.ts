import { lazy, type ComponentType, type ReactElement } from 'react';
import { matchRoutes, type RouteObject } from 'react-router';

/** A page loaded on demand that can be asked to load before it renders. */
export type PreloadablePage<P> = ComponentType<P> & { preload: () => Promise<unknown> };

/**
 * `React.lazy` with a `preload()`: the chunk starts downloading when a link to the page is
 * hovered or focused, or as soon as a navigation to it begins, instead of when the layout
 * above it has loaded and rendered (one chunk after the other).
 */
export function lazyPage<P extends object>(
  load: () => Promise<ComponentType<P>>,
): PreloadablePage<P> {
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const loadOnce = () => {
    loading ??= load().then(
      (component) => ({ default: component }),
      (error: unknown) => {
        // A failed download may be retried (a flaky network, a deploy in between).
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  return Object.assign(lazy(loadOnce), { preload: loadOnce });
}

/** Starts loading every page the path's routes render (layouts and the page, all at once). */
export function preloadPath(routes: RouteObject[], pathname: string): void {
  for (const match of matchRoutes(routes, pathname) ?? []) {
    const element = match.route.element as ReactElement | null | undefined;
    const type = element?.type as Partial<PreloadablePage<unknown>> | undefined;
    void type?.preload?.().catch(() => undefined);
  }
}

/**
 * Preloads a link's pages when the pointer rests on it or it gets the keyboard focus, for
 * every same-origin link of the document; returns the function that stops it.
 */
export function preloadOnIntent(routes: RouteObject[], target: Document = document): () => void {
  const seen = new Set<string>();
  const onIntent = (event: Event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin) return;
    if (seen.has(link.pathname)) return;
    seen.add(link.pathname);
    preloadPath(routes, link.pathname);
  };
  target.addEventListener('pointerover', onIntent, { passive: true });
  target.addEventListener('focusin', onIntent);
  return () => {
    target.removeEventListener('pointerover', onIntent);
    target.removeEventListener('focusin', onIntent);
  };
}
