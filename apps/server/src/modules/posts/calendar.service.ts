import { can } from '@chorus/permissions';
import { PLANNED_STATUSES, promotionShare } from '@chorus/post-model';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Temporal } from 'temporal-polyfill';
import { DataSource } from 'typeorm';
import { AppError } from '../../platform/errors/index.js';
import {
  AccessService,
  guestRoleOf,
  isUuid,
  type GuestPrincipal,
  type Principal,
} from '../access/index.js';
import { BrandEntity } from '../brands/index.js';
import type { CalendarFilterInput } from './dto/post.inputs.js';
import { PostsRepository, type MixRow, type PostRow } from './posts.repository.js';
import { parseLocalDate, startOfLocalDay } from './publish-time.js';

/** Most days one calendar answer covers (a month grid is 42; a quarter list fits). */
export const MAX_CALENDAR_DAYS = 100;
/** Most days one content-mix answer covers. */
export const MAX_MIX_DAYS = 400;
/** Most posts one calendar answer carries. */
export const MAX_CALENDAR_POSTS = 5_000;
const MAX_FILTER_VALUES = 200;

export interface CalendarResult {
  brandId: string;
  timeZone: string;
  from: string;
  to: string;
  canEdit: boolean;
  promotionCapPercent: number;
  rows: PostRow[];
  truncated: boolean;
}

export interface MixPeriod {
  start: string;
  end: string;
  total: number;
  promotional: number;
  promotionalPercent: number;
  capExceeded: boolean;
  headroom: number | null;
  byCategory: Array<{
    categoryId: string | null;
    name: string | null;
    color: string | null;
    count: number;
  }>;
  byNetwork: Array<{ network: string; count: number }>;
}

export interface MixResult {
  brandId: string;
  timeZone: string;
  capPercent: number;
  weeks: MixPeriod[];
  months: MixPeriod[];
}

/**
 * Reading the content calendar: a range of posts for the month, week and list views, and
 * the content mix beside it. Each answer is authorised once for the brand (the caller's
 * roles in one statement) and read in one statement, whatever the number of posts.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly access: AccessService,
    private readonly repository: PostsRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * A range of the brand's calendar. A guest of a calendar share link reads only its
   * link's brand, within the link's range and filters (whatever it asks for); any other
   * guest, or another brand, is NOT_FOUND.
   */
  async calendar(
    principal: Principal,
    brandId: string,
    from: string,
    to: string,
    filter: CalendarFilterInput | null | undefined,
  ): Promise<CalendarResult> {
    const { brand, roles } =
      principal.kind === 'guest'
        ? await this.guestBrand(principal, brandId)
        : await this.access.authorizeBrand(principal, brandId, 'post.read');
    const [start, end] = localRange(from, to, MAX_CALENDAR_DAYS);
    const query = {
      brandId: brand.id,
      from: startOfLocalDay(start.toString(), brand.timeZone, 'from'),
      to: startOfLocalDay(end.toString(), brand.timeZone, 'to'),
      networks: list(filter?.networks, 'filter.networks'),
      statuses: [...(list(filter?.statuses, 'filter.statuses') ?? PLANNED_STATUSES)],
      categoryIds: uuids(filter?.categoryIds, 'filter.categoryIds'),
      goalIds: list(filter?.goalIds, 'filter.goalIds'),
      mediaPlanRowIds: list(filter?.mediaPlanRowIds, 'filter.mediaPlanRowIds'),
      assigneeIds: uuids(filter?.assigneeIds, 'filter.assigneeIds'),
      includeUnscheduled: filter?.includeUnscheduled === true,
      limit: MAX_CALENDAR_POSTS + 1,
    };
    const rows =
      principal.kind === 'guest' && !narrowToGuest(query, principal)
        ? []
        : await this.repository.calendar(query);
    return {
      brandId: brand.id,
      timeZone: brand.timeZone,
      from: start.toString(),
      to: end.toString(),
      canEdit: can(roles, 'post.edit') && !brand.archivedAt,
      promotionCapPercent: brand.promotionCapPercent,
      rows: rows.slice(0, MAX_CALENDAR_POSTS),
      truncated: rows.length > MAX_CALENDAR_POSTS,
    };
  }

  private async guestBrand(guest: GuestPrincipal, brandId: string) {
    const brand =
      guest.resource.kind === 'calendar' && brandId === guest.brandId
        ? await this.dataSource.manager.findOneBy(BrandEntity, { id: guest.brandId })
        : null;
    if (!brand || brand.archivedAt) throw AppError.notFound('The brand');
    return { brand, roles: [guestRoleOf(guest)] };
  }

  /**
   * Per week and per month touching [from, to) — each whole — the promotional share
   * against the brand's cap and the split by category and network. Weeks start on
   * `firstDayOfWeek` (1 Monday … 7 Sunday, the reader's locale).
   */
  async contentMix(
    principal: Principal,
    brandId: string,
    from: string,
    to: string,
    firstDayOfWeek: number,
  ): Promise<MixResult> {
    const { brand } = await this.access.authorizeBrand(principal, brandId, 'post.read');
    if (!Number.isInteger(firstDayOfWeek) || firstDayOfWeek < 1 || firstDayOfWeek > 7) {
      throw AppError.validation('firstDayOfWeek', 'The first day of the week is 1 (Monday) to 7.');
    }
    const [start, end] = localRange(from, to, MAX_MIX_DAYS);
    const last = end.subtract({ days: 1 });
    const weekOf = (day: Temporal.PlainDate) =>
      day.subtract({ days: (day.dayOfWeek - firstDayOfWeek + 7) % 7 });
    const monthOf = (day: Temporal.PlainDate) => day.with({ day: 1 });
    const weeks = periods(weekOf(start), weekOf(last).add({ days: 7 }), { days: 7 });
    const months = periods(monthOf(start), monthOf(last).add({ months: 1 }), { months: 1 });
    const first = [weeks[0]!.start, months[0]!.start].sort()[0]!;
    const after = [weeks.at(-1)!.end, months.at(-1)!.end].sort().at(-1)!;
    const rows = await this.repository.mixRows(
      brand.id,
      brand.timeZone,
      startOfLocalDay(first, brand.timeZone, 'from'),
      startOfLocalDay(after, brand.timeZone, 'to'),
    );
    const cap = brand.promotionCapPercent;
    return {
      brandId: brand.id,
      timeZone: brand.timeZone,
      capPercent: cap,
      weeks: weeks.map((period) => mix(period, rows, cap)),
      months: months.map((period) => mix(period, rows, cap)),
    };
  }
}

function localRange(
  from: string,
  to: string,
  maxDays: number,
): [Temporal.PlainDate, Temporal.PlainDate] {
  const start = parseLocalDate(from, 'from');
  const end = parseLocalDate(to, 'to');
  const days = start.until(end, { largestUnit: 'days' }).days;
  if (days <= 0) throw AppError.validation('to', 'The range ends after it starts.');
  if (days > maxDays) {
    throw AppError.validation('to', `Ask for at most ${maxDays} days at once.`);
  }
  return [start, end];
}

function periods(
  first: Temporal.PlainDate,
  end: Temporal.PlainDate,
  step: { days: number } | { months: number },
): Array<{ start: string; end: string }> {
  const result: Array<{ start: string; end: string }> = [];
  for (let day = first; day.toString() < end.toString(); day = day.add(step)) {
    result.push({ start: day.toString(), end: day.add(step).toString() });
  }
  return result;
}

function mix(period: { start: string; end: string }, rows: MixRow[], cap: number): MixPeriod {
  let total = 0;
  let promotional = 0;
  const categories = new Map<string, MixPeriod['byCategory'][number]>();
  const networks = new Map<string, number>();
  // yyyy-mm-dd strings compare as dates.
  for (const row of rows) {
    if (row.localDay < period.start || row.localDay >= period.end) continue;
    total += 1;
    if (row.promotional) promotional += 1;
    const key = row.categoryId ?? '';
    const category = categories.get(key) ?? {
      categoryId: row.categoryId,
      name: row.categoryName,
      color: row.categoryColor,
      count: 0,
    };
    category.count += 1;
    categories.set(key, category);
    for (const network of row.networks) networks.set(network, (networks.get(network) ?? 0) + 1);
  }
  const share = promotionShare(promotional, total, cap);
  return {
    ...period,
    total,
    promotional,
    promotionalPercent: share.percent,
    capExceeded: share.capExceeded,
    headroom: share.headroom,
    byCategory: [...categories.values()].sort(
      (a, b) => b.count - a.count || (a.name ?? '').localeCompare(b.name ?? ''),
    ),
    byNetwork: [...networks]
      .map(([network, count]) => ({ network, count }))
      .sort((a, b) => b.count - a.count || a.network.localeCompare(b.network)),
  };
}

/**
 * Narrows a calendar query to a guest's calendar range and filters (in place); false when
 * nothing of it can match.
 */
function narrowToGuest(
  query: {
    from: Date;
    to: Date;
    networks: string[] | null;
    categoryIds: string[] | null;
    statuses: string[];
    includeUnscheduled: boolean;
  },
  guest: GuestPrincipal,
): boolean {
  if (guest.resource.kind !== 'calendar') return false;
  const { from, to, networks, categoryIds } = guest.resource;
  query.from = new Date(Math.max(query.from.getTime(), Date.parse(from)));
  query.to = new Date(Math.min(query.to.getTime(), Date.parse(to)));
  query.includeUnscheduled = false;
  query.statuses = query.statuses.filter((status) => status !== 'archived');
  if (networks?.length) {
    query.networks = query.networks ? query.networks.filter((n) => networks.includes(n)) : networks;
  }
  if (categoryIds?.length) {
    query.categoryIds = query.categoryIds
      ? query.categoryIds.filter((id) => categoryIds.includes(id))
      : categoryIds;
  }
  return (
    query.from < query.to &&
    query.statuses.length > 0 &&
    query.networks?.length !== 0 &&
    query.categoryIds?.length !== 0
  );
}

function list<T extends string>(
  values: readonly T[] | null | undefined,
  field: string,
): T[] | null {
  if (!values || values.length === 0) return null;
  if (values.length > MAX_FILTER_VALUES) {
    throw AppError.validation(field, `Filter by at most ${MAX_FILTER_VALUES} values.`);
  }
  return [...new Set(values)];
}

function uuids(values: readonly string[] | null | undefined, field: string): string[] | null {
  const result = list(values, field);
  // An id that cannot exist matches nothing (as an unknown one does), rather than failing.
  return result ? result.filter(isUuid) : null;
}
