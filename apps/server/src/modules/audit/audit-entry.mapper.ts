import type { AuditEntryView } from './audit.repository.js';

/** The display text of a before/after value (role lists joined with commas). */
export function valueText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map((item) => valueText(item) ?? '').join(', ');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The fields every reader shows, from an entry and its event data. */
export function describeEntry(entry: AuditEntryView): {
  subjectName: string | null;
  before: string | null;
  after: string | null;
  documentTitle: string | null;
} {
  return {
    subjectName: valueText(entry.data.name),
    before: valueText(entry.data.before),
    after: valueText(entry.data.after),
    documentTitle: entry.documentTitle ?? valueText(entry.data.documentTitle),
  };
}
