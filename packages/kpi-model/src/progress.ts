// Goal progress: on track, at risk or off track, from the trend of the actuals towards the
// deadline.
import { dayOf } from './periods.js';
import { type Direction } from './metrics.js';

export type ProgressStatus =
  'on_track' | 'at_risk' | 'off_track' | 'not_started' | 'achieved' | 'missed';

/** The rule, in words, shown next to a status. */
export const PROGRESS_RULE =
  'The trend is the least-squares line through the actuals (one point: the line from the ' +
  'baseline at the start to that point). Projected to the deadline, it reaching the target ' +
  'is on track; reaching at least 80 % of the way from baseline to target is at risk; less ' +
  'is off track. After the deadline: achieved when the last actual reached the target, ' +
  'else missed. No actual yet: not started.';

/** Share of the way (baseline → target) the projection must reach for "at risk". */
export const AT_RISK_SHARE = 0.8;

export interface ProgressInput {
  readonly baseline: number;
  readonly target: number;
  readonly start: string;
  readonly deadline: string;
  readonly direction: Direction;
  /** Actuals with the day they are measured at (a period's last day), any order. */
  readonly points: readonly { readonly date: string; readonly value: number }[];
  /** Today (`yyyy-mm-dd`); decides whether the deadline has passed. */
  readonly today: string;
}

export interface Progress {
  readonly status: ProgressStatus;
  /** The latest actual, or null. */
  readonly current: number | null;
  /** The trend's value on the deadline, or null without actuals. */
  readonly projected: number | null;
  /** Share of the way from baseline to target the latest actual has covered (1 = reached). */
  readonly completion: number | null;
}

function reached(value: number, target: number, direction: Direction): boolean {
  return direction === 'higher' ? value >= target : value <= target;
}

/** The status of a goal by the trend of its actuals to the deadline ({@link PROGRESS_RULE}). */
export function goalProgress(input: ProgressInput): Progress {
  const start = dayOf(input.start);
  const deadline = dayOf(input.deadline);
  const points = input.points
    .map((p) => ({ x: dayOf(p.date), y: p.value }))
    .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y))
    .sort((a, b) => a.x - b.x);
  const last = points[points.length - 1];
  if (!last || !Number.isFinite(start) || !Number.isFinite(deadline)) {
    return { status: 'not_started', current: null, projected: null, completion: null };
  }
  const way = input.target - input.baseline;
  const completion = way === 0 ? 1 : (last.y - input.baseline) / way;
  if (dayOf(input.today) > deadline) {
    const done = reached(last.y, input.target, input.direction);
    return { status: done ? 'achieved' : 'missed', current: last.y, projected: last.y, completion };
  }
  const line =
    points.length === 1 ? lineThrough({ x: start, y: input.baseline }, last) : leastSquares(points);
  const projected = line.at(deadline);
  let status: ProgressStatus;
  if (!Number.isFinite(projected)) status = 'at_risk';
  else if (reached(projected, input.target, input.direction)) status = 'on_track';
  else {
    const share = way === 0 ? 0 : (projected - input.baseline) / way;
    status = share >= AT_RISK_SHARE ? 'at_risk' : 'off_track';
  }
  return {
    status,
    current: last.y,
    projected: Number.isFinite(projected) ? projected : null,
    completion,
  };
}

interface Line {
  at(x: number): number;
}

function lineThrough(a: { x: number; y: number }, b: { x: number; y: number }): Line {
  // A point measured on the start day gives no slope: assume it stays where it is.
  if (b.x === a.x) return { at: () => b.y };
  const slope = (b.y - a.y) / (b.x - a.x);
  return { at: (x) => a.y + slope * (x - a.x) };
}

function leastSquares(points: readonly { x: number; y: number }[]): Line {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2;
    sxy += (p.x - mx) * (p.y - my);
  }
  if (sxx === 0) return { at: () => my };
  const slope = sxy / sxx;
  return { at: (x) => my + slope * (x - mx) };
}
