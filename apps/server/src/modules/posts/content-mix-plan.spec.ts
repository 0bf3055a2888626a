import type { Period } from '@chorus/media-plan-model';
import { networkOfChannel, plannedIn } from './content-mix-plan.js';

const months: Period[] = [
  { key: '2026-03', start: '2026-03-01', end: '2026-03-31', label: 'Mar 2026' },
  { key: '2026-04', start: '2026-04-01', end: '2026-04-30', label: 'Apr 2026' },
];
const cell = (quantity: number) => ({ budget: 0, quantity, note: '' });

describe('networkOfChannel', () => {
  it.each([
    ['Instagram', 'instagram'],
    ['Instagram — Reels', 'instagram'],
    ['Telegram channel', 'telegram'],
    ['Twitter', 'x'],
    ['X', 'x'],
    ['ВКонтакте', 'vk'],
    ['LINE official account', 'line'],
  ])('reads the network of the channel %s', (channel, network) => {
    expect(networkOfChannel(channel)).toBe(network);
  });

  it('returns null for a channel that names no network', () => {
    expect(networkOfChannel('Newsletter')).toBeNull();
    expect(networkOfChannel('')).toBeNull();
  });
});

describe('plannedIn', () => {
  it('counts a whole month column inside the range', () => {
    expect(plannedIn({ '2026-03': cell(12) }, months, '2026-03-01', '2026-04-01')).toBe(12);
  });

  it('spreads a column over its days when the range covers part of it', () => {
    // 31 days in March; a week of it gets 7/31 of 31 posts.
    expect(plannedIn({ '2026-03': cell(31) }, months, '2026-03-02', '2026-03-09')).toBe(7);
  });

  it('adds the parts of every column the range touches', () => {
    const cells = { '2026-03': cell(31), '2026-04': cell(30) };
    expect(plannedIn(cells, months, '2026-03-30', '2026-04-02')).toBe(3);
  });

  it('is zero outside the flight or for empty cells', () => {
    expect(plannedIn({ '2026-03': cell(12) }, months, '2026-05-01', '2026-06-01')).toBe(0);
    expect(plannedIn({}, months, '2026-03-01', '2026-04-01')).toBe(0);
  });
});
