import { describe, expect, it } from '@jest/globals';
import { METRIC_IDS, METRICS, metricFromText, unitOf } from './metrics.js';

describe('metrics', () => {
  it('has twenty stored metrics, each with a unit, a direction and an aggregation', () => {
    expect(METRIC_IDS).toHaveLength(20);
    for (const id of METRIC_IDS) {
      expect(METRICS[id].id).toBe(id);
      expect(METRICS[id].aggregation).not.toBeNull();
    }
    expect(METRICS.followers.aggregation).toBe('stock');
    expect(METRICS.reach.aggregation).toBe('flow');
    expect(METRICS.spend.direction).toBe('lower');
    expect(METRICS.active_share.capped100).toBe(true);
    expect(METRICS.engagement_rate.capped100).toBe(false);
  });
  it('gives money the currency of the plan', () => {
    expect(unitOf('cpc', 'EUR')).toEqual({ kind: 'money', currency: 'EUR' });
    expect(unitOf('followers', 'EUR')).toEqual({ kind: 'count' });
    expect(unitOf('roi', 'EUR')).toEqual({ kind: 'ratio' });
  });
  it('reads the metric a SMART goal names in words', () => {
    expect(metricFromText('Instagram followers')).toBe('followers');
    expect(metricFromText('ER')).toBe('engagement_rate');
    expect(metricFromText('Engagement rate by reach')).toBe('engagement_rate_reach');
    expect(metricFromText('Website traffic (UTM)')).toBe('utm_sessions');
    expect(metricFromText('New subscribers')).toBe('new_followers');
    expect(metricFromText('ROAS')).toBe('roi');
    expect(metricFromText('Leads')).toBe('conversions');
    expect(metricFromText('cpm')).toBe('cpm');
    expect(metricFromText('reach')).toBe('reach');
    expect(metricFromText('brand love')).toBeNull();
    expect(metricFromText('  ')).toBeNull();
  });
});
