/**
 * Marks for the browser test's render figure: `calendar:render` measures from an answer's
 * arrival to its events on screen. Where the Performance API lacks marks (jsdom), nothing.
 */
export function markCalendar(name: 'calendar:data' | 'calendar:rendered'): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  performance.mark(name);
  if (name === 'calendar:rendered' && typeof performance.measure === 'function') {
    performance.measure('calendar:render', 'calendar:data', 'calendar:rendered');
  }
}
