import { describe, expect, it } from '@jest/globals';
import {
  cpa,
  cpc,
  cpm,
  ctr,
  engagementRate,
  engagementRateByReach,
  engagementsOf,
  FORMULAS,
  growth,
  measuresOf,
  type MeasureResult,
  roi,
} from './measures.js';
import { MEASURE_IDS } from './metrics.js';

function value(result: MeasureResult): number {
  if (!result.ok) throw new Error(`not computable: ${result.reason}`);
  return result.value;
}

function reason(result: MeasureResult): string {
  if (result.ok) throw new Error(`computed ${result.value}`);
  return result.reason;
}

describe('engagements', () => {
  it('adds likes, comments, shares and saves', () => {
    expect(engagementsOf({ likes: 10, comments: 5, shares: 3, saves: 2 })).toBe(20);
  });
  it('adds the parts that were entered, ignoring the others', () => {
    expect(engagementsOf({ likes: 10, comments: null })).toBe(10);
  });
  it('falls back to engagements reported as one number when no part was', () => {
    expect(engagementsOf({ engagements: 42 })).toBe(42);
    expect(engagementsOf({ engagements: 42, likes: 1 })).toBe(1);
  });
  it('is null when nothing was entered', () => {
    expect(engagementsOf({})).toBeNull();
  });
});

describe('engagement rate', () => {
  it('is engagements per community member, in percent', () => {
    expect(value(engagementRate({ likes: 40, comments: 10, followers: 1000 }))).toBe(5);
  });
  it('has no value without members, never Infinity', () => {
    expect(reason(engagementRate({ likes: 40, followers: 0 }))).toBe('no_members');
    expect(reason(engagementRate({ likes: 0, followers: 0 }))).toBe('no_members');
  });
  it('needs both inputs', () => {
    expect(reason(engagementRate({ followers: 10 }))).toBe('missing_data');
    expect(reason(engagementRate({ likes: 10 }))).toBe('missing_data');
  });
  it('is 0 when nobody interacted', () => {
    expect(value(engagementRate({ likes: 0, followers: 10 }))).toBe(0);
  });
  it('by reach divides by reach and says so in its formula', () => {
    const result = engagementRateByReach({ likes: 30, reach: 600 });
    expect(value(result)).toBe(5);
    expect(result.formula).toMatch(/reach/);
    expect(reason(engagementRateByReach({ likes: 30, reach: 0 }))).toBe('no_reach');
  });
});

describe('growth', () => {
  it('compares with the previous period', () => {
    expect(value(growth(1000, 1100))).toBe(10);
    expect(value(growth(1000, 900))).toBe(-10);
  });
  it('has no value without a previous period or from an empty community', () => {
    expect(reason(growth(null, 10))).toBe('no_previous');
    expect(reason(growth(0, 10))).toBe('no_members');
    expect(reason(growth(10, undefined))).toBe('missing_data');
  });
});

describe('CTR, CPC, CPA, CPM', () => {
  it('CTR is clicks per impression in percent', () => {
    expect(value(ctr({ clicks: 25, impressions: 1000 }))).toBe(2.5);
    expect(reason(ctr({ clicks: 25, impressions: 0 }))).toBe('no_impressions');
  });
  it('CPC is spend per click in minor units, rounded', () => {
    expect(value(cpc({ spend: 10_000, clicks: 3 }))).toBe(3333);
    expect(reason(cpc({ spend: 10_000, clicks: 0 }))).toBe('no_clicks');
  });
  it('CPA is spend per conversion', () => {
    expect(value(cpa({ spend: 10_000, conversions: 4 }))).toBe(2500);
    expect(reason(cpa({ spend: 10_000, conversions: 0 }))).toBe('no_conversions');
    expect(reason(cpa({ conversions: 4 }))).toBe('missing_data');
  });
  it('CPM is spend per thousand impressions', () => {
    expect(value(cpm({ spend: 5000, impressions: 20_000 }))).toBe(250);
    expect(reason(cpm({ spend: 5000, impressions: 0 }))).toBe('no_impressions');
  });
  it('free clicks cost 0', () => {
    expect(value(cpc({ spend: 0, clicks: 10 }))).toBe(0);
  });
});

describe('ROI', () => {
  it('is (revenue − spend) ÷ spend from actuals', () => {
    const result = roi({ revenue: 15_000, spend: 10_000 }, 99_999);
    expect(value(result)).toBe(0.5);
    expect(result.ok && result.planned).toBe(false);
  });
  it('uses the planned spend when no spend was entered, and says so', () => {
    const result = roi({ revenue: 5000 }, 10_000);
    expect(value(result)).toBe(-0.5);
    expect(result.ok && result.planned).toBe(true);
  });
  it('has no value without spend, an actual 0 included', () => {
    expect(reason(roi({ revenue: 5000 }))).toBe('no_spend');
    expect(reason(roi({ revenue: 5000 }, 0))).toBe('no_spend');
    expect(reason(roi({ revenue: 5000, spend: 0 }, 10_000))).toBe('no_spend');
  });
  it('needs revenue', () => {
    expect(reason(roi({ spend: 10 }))).toBe('missing_data');
  });
});

describe('every measure', () => {
  it('has a formula and never returns Infinity or NaN, whatever the inputs', () => {
    const samples = [0, 1, null, undefined, Number.NaN, Number.POSITIVE_INFINITY, 1e15];
    for (const a of samples) {
      for (const b of samples) {
        const all = measuresOf(
          {
            followers: a,
            likes: b,
            reach: a,
            clicks: b,
            impressions: a,
            spend: a,
            conversions: b,
            revenue: b,
          },
          { previousFollowers: b, plannedSpend: b },
        );
        for (const id of MEASURE_IDS) {
          const result = all[id];
          expect(result.formula).toBe(FORMULAS[id]);
          if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
        }
      }
    }
  });
});
