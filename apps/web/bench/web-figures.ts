import { STRATEGY_SENTENCES as SENTENCES } from '../e2e/support/multilingual';

/** The figures `pnpm bench:web` prints (the issue's names), and the goal of each. */
export interface WebFigures {
  home_js_gzip_kb: number;
  wire_to_gzip_ratio: number;
  open_cold_ms: number;
  open_warm_ms: number;
  plan_open_ms: number;
  plan_total_frame_p95_ms: number;
  keystroke_frame_p95_ms: number;
  collab_cold_open_p95_ms: number;
}

/** How big "a 1 MB strategy" is: its text, UTF-8. */
export const LARGE_STRATEGY_TARGET_BYTES = 1_000_000;

/**
 * A strategy of about `bytes` of text in six scripts, as its sections' HTML: a heading, six
 * paragraphs and a list each, until the text reaches the size (about 2,000 paragraphs for 1 MB).
 */
export function largeStrategySections(bytes: number): string[] {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let size = 0;
  for (let section = 1; size < bytes; section += 1) {
    const heading = `Section ${section}: audience and content`;
    const html = [`<h2>${heading}</h2>`];
    size += encoder.encode(heading).length;
    for (let paragraph = 0; paragraph < 6; paragraph += 1) {
      const text = Array.from(
        { length: 4 },
        (_, i) => SENTENCES[(section + paragraph + i) % SENTENCES.length],
      ).join(' ');
      html.push(`<p>${text}</p>`);
      size += encoder.encode(text).length;
    }
    const items = ['Instagram: three posts a week', 'Zalo: a newsletter every Friday'];
    html.push(`<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`);
    size += items.join('').length;
    parts.push(html.join(''));
  }
  return parts;
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** The q-quantile (nearest rank) of the values. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? sorted[0]!;
}
