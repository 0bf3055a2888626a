import { useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';

/** A range of a textarea's value to mark (UTF-16 offsets), with the class that draws it. */
export interface TextHighlight {
  readonly from: number;
  readonly to: number;
  readonly className: string;
  readonly title?: string;
  readonly data?: Readonly<Record<string, string>>;
}

/** What to mark: the text the ranges were computed on, and the ranges in order. */
export interface TextHighlights {
  readonly text: string;
  readonly ranges: readonly TextHighlight[];
}

/** The textarea's properties the layer copies, so its text wraps exactly as the textarea's. */
const COPIED = [
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'tabSize',
  'textTransform',
  'paddingTop',
  'paddingBottom',
  'paddingLeft',
  'paddingRight',
] as const;

function pieces(highlights: TextHighlights): ReactNode[] {
  const out: ReactNode[] = [];
  let at = 0;
  highlights.ranges.forEach((range, index) => {
    const from = Math.max(range.from, at);
    const to = Math.min(range.to, highlights.text.length);
    if (to <= from) return;
    if (from > at) out.push(highlights.text.slice(at, from));
    const data = Object.fromEntries(
      Object.entries(range.data ?? {}).map(([key, value]) => [`data-${key}`, value]),
    );
    out.push(
      <span key={index} className={range.className} title={range.title} {...data}>
        {highlights.text.slice(from, to)}
      </span>,
    );
    at = to;
  });
  // A final line break still takes a line in the textarea: keep the layer as tall.
  out.push(highlights.text.slice(at) + '\u200b');
  return out;
}

/**
 * Marks ranges of a textarea's text without touching the text: a layer over the textarea's
 * content box, with the same font, padding, wrapping and direction, its text transparent and
 * only the marks drawn, scrolled with the textarea. Pointer events pass through to the
 * textarea; the marks are decoration (what they say is listed elsewhere, accessibly).
 */
export function TextareaHighlightLayer({
  textarea,
  highlights,
}: {
  textarea: RefObject<HTMLTextAreaElement | null>;
  highlights: TextHighlights;
}) {
  const layer = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const area = textarea.current;
    const element = layer.current;
    if (!area || !element) return;
    const place = () => {
      const style = getComputedStyle(area);
      for (const name of COPIED) element.style[name] = style[name];
      // The content box without the scroll bar: clientLeft counts a scroll bar drawn on the left.
      element.style.top = `${area.offsetTop + area.clientTop}px`;
      element.style.left = `${area.offsetLeft + area.clientLeft}px`;
      element.style.width = `${area.clientWidth}px`;
      element.style.height = `${area.clientHeight}px`;
      element.scrollTop = area.scrollTop;
    };
    const scroll = () => {
      element.scrollTop = area.scrollTop;
    };
    place();
    area.addEventListener('scroll', scroll);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(place);
    observer?.observe(area);
    return () => {
      area.removeEventListener('scroll', scroll);
      observer?.disconnect();
    };
  }, [textarea]);

  useLayoutEffect(() => {
    const area = textarea.current;
    if (area && layer.current) layer.current.scrollTop = area.scrollTop;
  });

  return (
    <div
      ref={layer}
      aria-hidden="true"
      dir="auto"
      data-testid="text-highlights"
      style={{
        position: 'absolute',
        pointerEvents: 'none',
        overflow: 'hidden',
        whiteSpace: 'pre-wrap',
        overflowWrap: 'break-word',
        color: 'transparent',
        boxSizing: 'border-box',
        zIndex: 1,
      }}
    >
      {pieces(highlights)}
    </div>
  );
}
