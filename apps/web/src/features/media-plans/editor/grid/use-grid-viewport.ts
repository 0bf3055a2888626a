import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

/** Where the grid is scrolled to and how much of it is in view, in px. */
export interface GridScroll {
  readonly top: number;
  readonly height: number;
  /** Distance scrolled sideways from the inline start (positive in right-to-left pages too). */
  readonly inline: number;
  readonly width: number;
}

/** The grid's scroll position and viewport size, kept up to date as it scrolls and resizes. */
export function useGridViewport(gridRef: RefObject<HTMLElement | null>): {
  scroll: GridScroll;
  onScroll: (grid: HTMLElement) => void;
} {
  const [scroll, setScroll] = useState<GridScroll>({ top: 0, height: 0, inline: 0, width: 0 });
  const onScroll = useCallback((grid: HTMLElement) => {
    const next: GridScroll = {
      top: grid.scrollTop,
      height: grid.clientHeight,
      // Right to left, browsers count scrollLeft from 0 down to negative values.
      inline: Math.abs(grid.scrollLeft),
      width: grid.clientWidth,
    };
    setScroll((current) =>
      current.top === next.top &&
      current.height === next.height &&
      current.inline === next.inline &&
      current.width === next.width
        ? current
        : next,
    );
  }, []);

  useLayoutEffect(() => {
    const grid = gridRef.current;
    if (!grid) return;
    const measure = () => onScroll(grid);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(grid);
    return () => observer.disconnect();
  }, [gridRef, onScroll]);

  return { scroll, onScroll };
}
