import { AppError } from '../../platform/errors/index.js';
import { isUuid } from '../access/index.js';
import { EVENT_TYPES, type EventType } from '../events/index.js';

/** Raw filter values as they arrive (GraphQL arguments or query-string parameters). */
export interface AuditFilterInput {
  actorId?: string | null;
  brandId?: string | null;
  action?: string | null;
  from?: string | null;
  to?: string | null;
}

/** A checked filter: `from` inclusive, `to` exclusive. */
export interface AuditFilter {
  actorId?: string;
  brandId?: string;
  action?: EventType;
  from?: Date;
  to?: Date;
}

/** A page position: the last entry seen (its occurred_at as PostgreSQL text, and id). */
export interface AuditCursor {
  at: string;
  id: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function parseDate(field: 'from' | 'to', value: string | null | undefined): Date | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const date = ISO_DATE.test(value) ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) {
    throw AppError.validation(
      field,
      `"${field}" must be a date such as 2027-03-31 or 2027-03-31T09:00:00Z.`,
    );
  }
  return date;
}

function parseId(field: string, value: string | null | undefined): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (!isUuid(value)) throw AppError.validation(field, `"${field}" must be an id.`);
  return value;
}

/** Checks a filter; bad input answers VALIDATION naming the field and changes nothing. */
export function parseAuditFilter(input: AuditFilterInput = {}): AuditFilter {
  const filter: AuditFilter = {
    actorId: parseId('actorId', input.actorId),
    brandId: parseId('brandId', input.brandId),
    from: parseDate('from', input.from),
    to: parseDate('to', input.to),
  };
  if (input.action) {
    if (!(EVENT_TYPES as readonly string[]).includes(input.action)) {
      throw AppError.validation('action', `Unknown action "${input.action}".`);
    }
    filter.action = input.action as EventType;
  }
  if (filter.from && filter.to && filter.from >= filter.to) {
    throw AppError.validation('to', '"to" must be after "from".');
  }
  return filter;
}

export function encodeCursor(cursor: AuditCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString('base64url');
}

export function decodeCursor(value: string | null | undefined): AuditCursor | undefined {
  if (!value) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      typeof parsed[0] === 'string' &&
      !Number.isNaN(new Date(parsed[0]).getTime()) &&
      typeof parsed[1] === 'string' &&
      isUuid(parsed[1])
    ) {
      return { at: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through
  }
  throw AppError.validation('after', 'The page cursor is not valid; start from the first page.');
}
