import ical, { ICalEventStatus } from 'ical-generator';
import type { PostRow } from '../../posts/index.js';
import { postUrl } from '../post-link.js';

/** How long a post's event lasts on a calendar (a post is an instant; clients want a span). */
const EVENT_MINUTES = 15;
/** SEQUENCE counts seconds from here, so it grows with every change and fits 32 bits for decades. */
const SEQUENCE_EPOCH_MS = Date.UTC(2024, 0, 1);

export interface FeedBrand {
  id: string;
  name: string;
  timeZone: string;
}

/**
 * An iCalendar (RFC 5545) of a brand's planned posts: one VEVENT per post with a publish
 * time, in UTC (clients show it in their own zone; X-WR-TIMEZONE names the brand's), a
 * UID that never changes, and SEQUENCE/LAST-MODIFIED from the post's last change so
 * subscribed calendars replace moved posts instead of duplicating them.
 */
export function buildIcs(brand: FeedBrand, rows: readonly PostRow[], publicUrl: string): string {
  const host = new URL(publicUrl).hostname;
  const calendar = ical({
    name: `${brand.name} — Chorus`,
    prodId: { company: 'Chorus', product: 'content-calendar', language: 'EN' },
    ttl: 3600,
    x: [{ key: 'X-WR-TIMEZONE', value: brand.timeZone }],
  });
  for (const row of rows) {
    if (!row.publishAt) continue;
    const link = postUrl(publicUrl, row);
    calendar.createEvent({
      id: `post-${row.id}@${host}`,
      start: row.publishAt,
      end: new Date(row.publishAt.getTime() + EVENT_MINUTES * 60_000),
      summary: row.title,
      description: describe(row, link),
      url: link,
      sequence: Math.max(0, Math.floor((row.updatedAt.getTime() - SEQUENCE_EPOCH_MS) / 1000)),
      lastModified: row.updatedAt,
      stamp: row.updatedAt,
      created: row.createdAt,
      status:
        row.status === 'scheduled' || row.status === 'published'
          ? ICalEventStatus.CONFIRMED
          : ICalEventStatus.TENTATIVE,
      categories: row.categoryName ? [{ name: row.categoryName }] : [],
    });
  }
  return calendar.toString();
}

function describe(row: PostRow, link: string): string {
  return [
    `Networks: ${row.networks.length > 0 ? row.networks.join(', ') : '—'}`,
    `Category: ${row.categoryName ?? '—'}`,
    `Status: ${row.status}`,
    `Format: ${row.format}`,
    ...(row.assigneeName ? [`Assignee: ${row.assigneeName}`] : []),
    '',
    link,
  ].join('\n');
}
