import { AppError } from '../../platform/errors/index.js';
import { decodeCursor, encodeCursor, parseAuditFilter } from './audit-filter.js';

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError && error.code === 'VALIDATION') {
      return error.extensions.field as string;
    }
    throw error;
  }
  return undefined;
}

describe('audit filters', () => {
  it('accepts dates and date-times and leaves out empty fields', () => {
    const filter = parseAuditFilter({
      from: '2027-03-01',
      to: '2027-03-02T10:30:00+07:00',
      actorId: '',
    });
    expect(filter.from?.toISOString()).toBe('2027-03-01T00:00:00.000Z');
    expect(filter.to?.toISOString()).toBe('2027-03-02T03:30:00.000Z');
    expect(filter.actorId).toBeUndefined();
  });

  it('names the field of a bad date, an impossible date, a reversed range, a bad id and an unknown action', () => {
    expect(fieldOf(() => parseAuditFilter({ from: 'last week' }))).toBe('from');
    expect(fieldOf(() => parseAuditFilter({ to: '2027-13-45' }))).toBe('to');
    expect(fieldOf(() => parseAuditFilter({ from: '2027-03-02', to: '2027-03-01' }))).toBe('to');
    expect(fieldOf(() => parseAuditFilter({ brandId: 'brand-1' }))).toBe('brandId');
    expect(fieldOf(() => parseAuditFilter({ action: 'drop.table' }))).toBe('action');
  });

  it('round-trips a cursor and refuses a forged one', () => {
    const cursor = {
      at: '2027-01-01 10:00:00.123456+00',
      id: '3f6c1a52-8f3c-4d8e-9a51-2b7f0c9e1d44',
    };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(fieldOf(() => decodeCursor('e30'))).toBe('after');
    expect(fieldOf(() => decodeCursor(Buffer.from('["x","y"]').toString('base64url')))).toBe(
      'after',
    );
  });
});
