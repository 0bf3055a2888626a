import { addNetworks, periodsOfNetwork, type Values } from './kpi-aggregate.js';

const months = (entries: Record<string, Values>) => new Map(Object.entries(entries));

describe('actuals added up into periods and across networks', () => {
  const instagram = months({
    '2025-03': { followers: 1200, reach: 30, active_share: 40 },
    '2025-01': { followers: 1000, reach: 10, active_share: 20 },
    '2025-02': { reach: 20, unknown_metric: 5 },
  });
  const vk = months({ '2025-02': { followers: 500, reach: 5 } });

  it('sums flows over a quarter and keeps a stock’s latest month, in any month order', () => {
    expect(periodsOfNetwork(instagram, 'quarter')).toEqual(
      new Map([['2025-Q1', { followers: 1200, reach: 60, active_share: 40 }]]),
    );
    expect(periodsOfNetwork(instagram, 'month').get('2025-02')).toEqual({ reach: 20 });
  });

  it('sums networks, averages shares over the networks that have one, and leaves its inputs alone', () => {
    const ig = periodsOfNetwork(instagram, 'quarter');
    const both = addNetworks([ig, periodsOfNetwork(vk, 'quarter')]);
    expect(both.get('2025-Q1')).toEqual({ followers: 1700, reach: 65, active_share: 40 });
    expect(addNetworks([ig]).get('2025-Q1')).toEqual(ig.get('2025-Q1'));
    expect(ig.get('2025-Q1')).toEqual({ followers: 1200, reach: 60, active_share: 40 });
  });
});
