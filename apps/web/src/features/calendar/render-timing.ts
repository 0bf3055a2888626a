/**
 * Marks for the browser test's render figure: `calendar:render` measures from the render
 * that first sees an answer to the frame after its events are drawn. Where the Performance
 * API lacks marks (jsdom), nothing happens.
 */
const seen = new WeakSet<object>();
let pending = false;

function supported(): boolean {
  return typeof performance !== 'undefined' && typeof performance.mark === 'function';
}

/** An answer reached the page (called once per answer object). */
export function calendarDataArrived(answer: object): void {
  if (seen.has(answer) || !supported()) return;
  seen.add(answer);
  performance.mark('calendar:data');
  pending = true;
}

/** The events are on screen: closes the measure opened by the last answer. */
export function calendarRendered(): void {
  if (!pending || !supported()) return;
  pending = false;
  performance.mark('calendar:rendered');
  performance.measure('calendar:render', 'calendar:data', 'calendar:rendered');
}
