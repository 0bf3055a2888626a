import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// jsdom has neither matchMedia nor ResizeObserver; Mantine uses both.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });

afterEach(() => {
  window.localStorage.clear();
});

// The first render of a lazy page compiles its module (ts-jest): on a loaded 2-core machine the
// calendar page took more than 15 s at load 8. Positive waits only: a passing test never waits this long.
configure({ asyncUtilTimeout: 30_000 });
