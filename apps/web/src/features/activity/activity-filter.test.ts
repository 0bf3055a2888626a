import { csvExportUrl, EMPTY_FILTER, toAuditFilter } from './activity-filter';

describe('the activity filter', () => {
  it('turns a day range into instants that include the whole last day', () => {
    const filter = toAuditFilter({ ...EMPTY_FILTER, from: '2027-03-01', to: '2027-03-31' });
    expect(filter.from).toBe(new Date(2027, 2, 1).toISOString());
    expect(filter.to).toBe(new Date(2027, 3, 1).toISOString());
  });

  it('puts only the filters in use into the CSV address', () => {
    expect(csvExportUrl('ws 1', toAuditFilter({ ...EMPTY_FILTER, actorId: 'u1' }))).toBe(
      '/api/workspaces/ws%201/audit.csv?actorId=u1',
    );
    expect(csvExportUrl('ws', toAuditFilter(EMPTY_FILTER))).toBe('/api/workspaces/ws/audit.csv');
  });
});
