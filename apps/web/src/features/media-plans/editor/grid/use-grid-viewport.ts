import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

/** The grid's scroll position and viewport height, kept up to date as it scrolls and resizes. */
export function useGridViewport(gridRef: RefObject<HTMLElement | null>): {
  scroll: { top: number; height: number };
  onScroll: (grid: HTMLElement) => void;
} {
  const [scroll, setScroll] = useState({ top: 0, height: 0 });
  const onScroll = useCallback((grid: HTMLElement) => {
    const top = grid.scrollTop;
    const height = grid.clientHeight;
    setScroll((current) =>
      current.top === top && current.height === height ? current : { top, height },
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
