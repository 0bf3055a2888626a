/**
 * The promotional share of a period against a brand's cap, the same on the server (the
 * `contentMix` answer) and in the web app (a warning while a post is dragged). The cap is
 * "at most N % of the content": a share equal to the cap is allowed, above it is exceeded.
 */
export interface PromotionShare {
  /** Posts counted in the period. */
  readonly total: number;
  /** Of them, the promotional ones. */
  readonly promotional: number;
  /** promotional ÷ total in percent, rounded to one decimal; 0 for an empty period. */
  readonly percent: number;
  /** True when the share is above the cap. */
  readonly capExceeded: boolean;
  /** How many more promotional posts the period takes before it passes the cap; null: no limit (100 %). */
  readonly headroom: number | null;
}

export function promotionShare(
  promotional: number,
  total: number,
  capPercent: number,
): PromotionShare {
  if (!Number.isInteger(promotional) || !Number.isInteger(total) || promotional < 0) {
    throw new RangeError('Counts must be non-negative integers.');
  }
  if (promotional > total) throw new RangeError('More promotional posts than posts.');
  // Integers only: promotional × 100 > cap × total avoids rounding at the boundary.
  const capExceeded = promotional * 100 > capPercent * total;
  // Most promotional posts p with p × 100 ≤ cap × (total − promotional + p): adding a
  // promotional post adds to both counts.
  const rest = total - promotional;
  const allowed = capPercent >= 100 ? null : Math.floor((capPercent * rest) / (100 - capPercent));
  return {
    total,
    promotional,
    percent: total === 0 ? 0 : Math.round((promotional * 1000) / total) / 10,
    capExceeded,
    headroom: allowed === null ? null : Math.max(0, allowed - promotional),
  };
}

/** A brand's cap must be a whole percentage from 0 to 100. */
export function isPromotionCap(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 100;
}
