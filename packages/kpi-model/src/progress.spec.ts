import { describe, expect, it } from '@jest/globals';
import { goalProgress, type ProgressInput } from './progress.js';

const base: ProgressInput = {
  baseline: 1000,
  target: 2000,
  start: '2027-01-01',
  deadline: '2027-12-31',
  direction: 'higher',
  points: [],
  today: '2027-06-15',
};

describe('goal progress', () => {
  it('is not started without actuals', () => {
    expect(goalProgress(base).status).toBe('not_started');
  });
  it('is on track when the trend reaches the target by the deadline', () => {
    const progress = goalProgress({
      ...base,
      points: [
        { date: '2027-01-31', value: 1100 },
        { date: '2027-02-28', value: 1200 },
        { date: '2027-03-31', value: 1300 },
      ],
    });
    expect(progress.status).toBe('on_track');
    expect(progress.current).toBe(1300);
    expect(progress.projected).toBeGreaterThan(2000);
    expect(progress.completion).toBeCloseTo(0.3);
  });
  it('is at risk when the trend covers 80 % of the way or more, off track below', () => {
    const slow = (perMonth: number) =>
      goalProgress({
        ...base,
        points: [1, 2, 3, 4, 5].map((m) => ({ date: `2027-0${m}-28`, value: 1000 + perMonth * m })),
      }).status;
    expect(slow(70)).toBe('at_risk');
    expect(slow(30)).toBe('off_track');
  });
  it('projects one point from the baseline at the start', () => {
    expect(goalProgress({ ...base, points: [{ date: '2027-06-30', value: 1500 }] }).status).toBe(
      'on_track',
    );
    expect(goalProgress({ ...base, points: [{ date: '2027-06-30', value: 1100 }] }).status).toBe(
      'off_track',
    );
  });
  it('works for lower-is-better goals', () => {
    const progress = goalProgress({
      ...base,
      baseline: 500,
      target: 300,
      direction: 'lower',
      points: [
        { date: '2027-02-28', value: 450 },
        { date: '2027-04-30', value: 400 },
      ],
    });
    expect(progress.status).toBe('on_track');
  });
  it('says achieved or missed after the deadline', () => {
    const after = { ...base, today: '2028-01-10' };
    expect(goalProgress({ ...after, points: [{ date: '2027-12-31', value: 2100 }] }).status).toBe(
      'achieved',
    );
    expect(goalProgress({ ...after, points: [{ date: '2027-12-31', value: 1900 }] }).status).toBe(
      'missed',
    );
  });
  it('copes with a flat trend and a target equal to the baseline', () => {
    expect(
      goalProgress({ ...base, target: 1000, points: [{ date: '2027-02-01', value: 1000 }] }).status,
    ).toBe('on_track');
    const same = goalProgress({
      ...base,
      points: [
        { date: '2027-03-01', value: 1200 },
        { date: '2027-03-01', value: 1200 },
      ],
    });
    expect(same.status).toBe('off_track');
    expect(Number.isFinite(same.projected)).toBe(true);
  });
});
