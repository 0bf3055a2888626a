import type { AuditFilter } from '../../gql/graphql';

/** What the filter form holds: ids, an action, and dates as yyyy-mm-dd (local days). */
export interface ActivityFilterForm {
  actorId: string;
  brandId: string;
  action: string;
  from: string;
  to: string;
}

export const EMPTY_FILTER: ActivityFilterForm = {
  actorId: '',
  brandId: '',
  action: '',
  from: '',
  to: '',
};

function startOfDay(day: string, plusDays = 0): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + plusDays);
  return date.toISOString();
}

/** The server's filter: the "to" day is included (its end is the next day's start). */
export function toAuditFilter(form: ActivityFilterForm): AuditFilter {
  return {
    actorId: form.actorId || null,
    brandId: form.brandId || null,
    action: form.action || null,
    from: form.from ? startOfDay(form.from) : null,
    to: form.to ? startOfDay(form.to, 1) : null,
  };
}

/** The CSV export's address with the same filter. */
export function csvExportUrl(workspaceId: string, filter: AuditFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (typeof value === 'string' && value) params.set(key, value);
  }
  const query = params.toString();
  return `/api/workspaces/${encodeURIComponent(workspaceId)}/audit.csv${query ? `?${query}` : ''}`;
}
