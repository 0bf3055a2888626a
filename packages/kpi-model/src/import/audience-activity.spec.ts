import { describe, expect, it } from '@jest/globals';
import {
  bestPostingSlots,
  hourOf,
  readActivityGrid,
  WEEK_HOURS,
  weekdayOf,
} from './audience-activity.js';
import type { ActualsRecord } from './validate.js';

function table(rows: (string | number | null)[][]): [ActualsRecord, ActualsRecord[]] {
  const [first, ...rest] = rows.map((cells, index) => ({ line: index + 1, cells }));
  return [first!, rest];
}

const HOURS = Array.from({ length: 24 }, (_, hour) => String(hour));

describe('weekdays and hours as the exports write them', () => {
  it.each([
    ['Monday', 0],
    ['Tue', 1],
    ['wed.', 2],
    ['7', 6],
    ['Thứ Hai', 0],
    ['Chủ Nhật', 6],
    ['دوشنبه', 0],
    ['جمعه', 4],
    ['יום שני', 0],
    ['понеділок', 0],
    ['неділя', 6],
    ['วันจันทร์', 0],
  ])('reads %s as weekday %i (Monday 0)', (name, day) => {
    expect(weekdayOf(name)).toBe(day);
  });

  it('refuses what is no weekday', () => {
    expect(weekdayOf('Funday')).toBeNull();
    expect(weekdayOf('8')).toBeNull();
  });

  it.each([
    ['0', 0],
    ['09:00', 9],
    ['9:00 – 10:00', 9],
    ['12 AM', 0],
    ['12pm', 12],
    ['1 p.m.', 13],
    ['18h', 18],
  ])('reads %s as hour %i', (name, hour) => {
    expect(hourOf(name)).toBe(hour);
  });

  it('refuses hours out of range', () => {
    expect(hourOf('24')).toBeNull();
    expect(hourOf('13 PM')).toBeNull();
    expect(hourOf('noonish')).toBeNull();
  });
});

describe('readActivityGrid', () => {
  it('reads the wide layout: a weekday per row, an hour per column', () => {
    const rows: (string | number | null)[][] = [['Day', ...HOURS]];
    for (const day of ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])
      rows.push([day, ...HOURS.map((hour) => (day === 'Wed' && hour === '19' ? '2,400' : '10'))]);
    const result = readActivityGrid(...table(rows));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.layout).toBe('wide');
    expect(result.grid).toHaveLength(WEEK_HOURS);
    expect(result.grid[2 * 24 + 19]).toBe(2400);
    expect(result.grid[0]).toBe(10);
  });

  it('reads the long layout with percentages, in Vietnamese number format', () => {
    const [header, records] = table([
      ['Day', 'Hour', 'Online followers'],
      ['Thứ Hai', '20:00', '12,5%'],
      ['Chủ Nhật', '9 AM', '3%'],
    ]);
    const result = readActivityGrid(header, records, 'vi');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.layout).toBe('long');
    expect(result.grid[20]).toBe(12.5);
    expect(result.grid[6 * 24 + 9]).toBe(3);
    expect(result.cells).toBe(2);
  });

  it('names every bad cell with its row and column and gives no grid', () => {
    const [header, records] = table([
      ['Day', 'Hour', 'Value'],
      ['Funday', '10', '5'],
      ['Mon', '25', '5'],
      ['Tue', '10', 'many'],
      ['Wed', '10', '-3'],
      ['Thu', '10', '1'],
      ['Thu', '10:00', '2'],
    ]);
    const result = readActivityGrid(header, records);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'Day', 'weekday_invalid'],
      [3, 'Hour', 'hour_invalid'],
      [4, 'Value', 'not_a_number'],
      [5, 'Value', 'negative'],
      [7, 'Value', 'duplicate_cell'],
    ]);
  });

  it('refuses a file of another shape, an empty one, and one with no activity', () => {
    const unknown = readActivityGrid(
      ...table([
        ['Date', 'Reach'],
        ['2026-01-01', '5'],
      ]),
    );
    expect(unknown.ok || unknown.problems[0]!.code).toBe('layout_unknown');
    const empty = readActivityGrid(...table([['Day', ...HOURS]]));
    expect(empty.ok || empty.problems[0]!.code).toBe('empty');
    const zero = readActivityGrid(
      ...table([
        ['Day', ...HOURS],
        ['Mon', ...HOURS.map(() => '')],
      ]),
    );
    expect(zero.ok || zero.problems[0]!.code).toBe('no_values');
  });
});

describe('bestPostingSlots', () => {
  it('answers the busiest hours, strongest first, never two running on one day', () => {
    const grid = new Array<number>(WEEK_HOURS).fill(1);
    grid[2 * 24 + 19] = 100; // Wednesday 19:00
    grid[2 * 24 + 20] = 90; // Wednesday 20:00: next to the peak, skipped
    grid[4 * 24 + 12] = 80; // Friday noon
    grid[6 * 24 + 9] = 50; // Sunday 9:00
    const slots = bestPostingSlots(grid, 3);
    expect(slots).toEqual([
      { weekday: 2, hour: 19, strength: 1 },
      { weekday: 4, hour: 12, strength: 0.8 },
      { weekday: 6, hour: 9, strength: 0.5 },
    ]);
  });

  it('suggests no quiet hour, however few busy ones there are', () => {
    const grid = new Array<number>(WEEK_HOURS).fill(40);
    grid[2 * 24 + 19] = 900;
    grid[5 * 24 + 10] = 600;
    expect(bestPostingSlots(grid).map((slot) => [slot.weekday, slot.hour])).toEqual([
      [2, 19],
      [5, 10],
    ]);
  });

  it('answers nothing for a grid without activity', () => {
    expect(bestPostingSlots(new Array<number>(WEEK_HOURS).fill(0))).toEqual([]);
  });
});
