import type { GuestCapability } from '@chorus/permissions';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { GuestPrincipal, ShareResource } from '../access/index.js';
import type { ShareLinkResourceKind } from './share-links.entities.js';

/** A link with what its list and previews show: its resource's names and its creator. */
export interface ShareLinkRow {
  id: string;
  brandId: string;
  workspaceId: string;
  brandName: string;
  brandTimeZone: string;
  brandArchived: boolean;
  resourceKind: ShareLinkResourceKind;
  documentId: string | null;
  documentTitle: string | null;
  documentKind: string | null;
  documentArchived: boolean;
  calendarFrom: string | null;
  calendarTo: string | null;
  networks: string[] | null;
  categoryIds: string[] | null;
  capability: GuestCapability;
  label: string;
  passwordHash: string | null;
  /** Internal: never leaves the server (compared in constant time after the look-up). */
  tokenHash: string;
  expiresAt: Date | null;
  createdAt: Date;
  createdByName: string | null;
  revokedAt: Date | null;
  lastOpenedAt: Date | null;
  lastOpenedByName: string | null;
  openCount: number;
}

const LINK_COLUMNS = `
  l.id, l.brand_id AS "brandId", b.workspace_id AS "workspaceId", b.name AS "brandName", b.time_zone AS "brandTimeZone",
  (b.archived_at IS NOT NULL) AS "brandArchived", l.resource_kind AS "resourceKind",
  l.document_id AS "documentId", d.title AS "documentTitle", d.kind AS "documentKind",
  (d.archived_at IS NOT NULL) AS "documentArchived",
  to_char(l.calendar_from, 'YYYY-MM-DD') AS "calendarFrom",
  to_char(l.calendar_to, 'YYYY-MM-DD') AS "calendarTo",
  l.networks, l.category_ids AS "categoryIds", l.capability, l.label,
  l.password_hash AS "passwordHash", l.token_hash AS "tokenHash", l.expires_at AS "expiresAt", l.created_at AS "createdAt",
  u.display_name AS "createdByName", l.revoked_at AS "revokedAt",
  l.last_opened_at AS "lastOpenedAt", l.last_opened_by_name AS "lastOpenedByName",
  l.open_count AS "openCount"`;

const LINK_FROM = `
  FROM share_links l
  JOIN brands b ON b.id = l.brand_id
  LEFT JOIN documents d ON d.id = l.document_id
  LEFT JOIN users u ON u.id = l.created_by`;

/** A guest session that counts: it and its link live, its brand and document not archived. */
const LIVE_GUEST = `gs.revoked_at IS NULL AND gs.expires_at > now()
  AND l.revoked_at IS NULL AND (l.expires_at IS NULL OR l.expires_at > now())
  AND b.archived_at IS NULL
  AND (l.document_id IS NULL OR (d.id IS NOT NULL AND d.archived_at IS NULL))`;

/** A guest session as the guest sees it: the link's resource and the brand's names. */
export interface GuestSessionRow {
  link: ShareLinkRow;
  sessionId: string;
  name: string;
  email: string | null;
  emailConfirmedAt: Date | null;
  otpPending: boolean;
}

/** The share-links module's queries: lists, token look-ups, guest resolution (one statement each). */
@Injectable()
export class ShareLinksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(brandId: string, documentId: string | null): Promise<ShareLinkRow[]> {
    return this.dataSource.query<ShareLinkRow[]>(
      `SELECT ${LINK_COLUMNS} ${LINK_FROM}
        WHERE l.brand_id = $1 AND ($2::uuid IS NULL OR l.document_id = $2::uuid)
        ORDER BY l.created_at DESC, l.id`,
      [brandId, documentId],
    );
  }

  async byId(id: string, manager: EntityManager = this.dataSource.manager) {
    const [row] = await manager.query<ShareLinkRow[]>(
      `SELECT ${LINK_COLUMNS} ${LINK_FROM} WHERE l.id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** The link whose token hashes to `tokenHash`, dead or alive, or null. */
  async byTokenHash(tokenHash: string): Promise<ShareLinkRow | null> {
    const [row] = await this.dataSource.query<ShareLinkRow[]>(
      `SELECT ${LINK_COLUMNS} ${LINK_FROM} WHERE l.token_hash = $1`,
      [tokenHash],
    );
    return row ?? null;
  }

  /**
   * The guest of a live session on a live link (not revoked or expired, its brand and
   * document not archived), from the guest cookie's token hash; null otherwise. Touches
   * `last_seen_at` at most once a minute in the same statement.
   */
  async guestByTokenHash(tokenHash: string): Promise<GuestPrincipal | null> {
    return this.liveGuest('gs.token_hash = $1', tokenHash);
  }

  /** The guest of a live session by its id (collaboration tickets, re-checks), or null. */
  async guestBySessionId(sessionId: string): Promise<GuestPrincipal | null> {
    return this.liveGuest('gs.id = $1::uuid', sessionId);
  }

  private async liveGuest(where: string, key: string): Promise<GuestPrincipal | null> {
    const [row] = await this.dataSource.query<
      Array<{
        session_id: string;
        name: string;
        share_link_id: string;
        capability: GuestCapability;
        brand_id: string;
        resource_kind: ShareLinkResourceKind;
        document_id: string | null;
        from_at: Date | null;
        to_at: Date | null;
        networks: string[] | null;
        category_ids: string[] | null;
      }>
    >(
      `WITH live AS (
         SELECT gs.id AS session_id, gs.name, gs.last_seen_at, l.id AS share_link_id, l.capability,
                l.brand_id, l.resource_kind, l.document_id, l.networks, l.category_ids,
                (l.calendar_from::timestamp AT TIME ZONE b.time_zone) AS from_at,
                (l.calendar_to::timestamp AT TIME ZONE b.time_zone) AS to_at
           FROM guest_sessions gs
           JOIN share_links l ON l.id = gs.share_link_id
           JOIN brands b ON b.id = l.brand_id
           LEFT JOIN documents d ON d.id = l.document_id
          WHERE ${where} AND ${LIVE_GUEST}
       ), touched AS (
         UPDATE guest_sessions SET last_seen_at = now()
          WHERE id = (SELECT session_id FROM live WHERE last_seen_at < now() - interval '1 minute')
       )
       SELECT * FROM live`,
      [key],
    );
    if (!row) return null;
    return {
      kind: 'guest',
      guestSessionId: row.session_id,
      shareLinkId: row.share_link_id,
      capability: row.capability,
      brandId: row.brand_id,
      name: row.name,
      resource: resourceOf(row),
    };
  }

  /** The guest's session with its link, for the `guestSession` query. */
  async guestSession(sessionId: string): Promise<GuestSessionRow | null> {
    const [row] = await this.dataSource.query<
      Array<
        ShareLinkRow & {
          sessionId: string;
          guestName: string;
          email: string | null;
          emailConfirmedAt: Date | null;
          otpPending: boolean;
        }
      >
    >(
      `SELECT ${LINK_COLUMNS}, gs.id AS "sessionId", gs.name AS "guestName", gs.email,
              gs.email_confirmed_at AS "emailConfirmedAt", (gs.otp_hash IS NOT NULL) AS "otpPending"
         ${LINK_FROM} JOIN guest_sessions gs ON gs.share_link_id = l.id
        WHERE gs.id = $1`,
      [sessionId],
    );
    if (!row) return null;
    const { sessionId: id, guestName, email, emailConfirmedAt, otpPending, ...link } = row;
    return { link, sessionId: id, name: guestName, email, emailConfirmedAt, otpPending };
  }

  /** Which of these guest sessions are live (see {@link liveGuest}), in ONE statement. */
  async liveSessionIds(sessionIds: readonly string[]): Promise<Set<string>> {
    if (sessionIds.length === 0) return new Set();
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT gs.id FROM guest_sessions gs
         JOIN share_links l ON l.id = gs.share_link_id
         JOIN brands b ON b.id = l.brand_id
         LEFT JOIN documents d ON d.id = l.document_id
        WHERE gs.id = ANY($1::uuid[]) AND ${LIVE_GUEST}`,
      [sessionIds],
    );
    return new Set(rows.map((row) => row.id));
  }
}

function resourceOf(row: {
  resource_kind: ShareLinkResourceKind;
  document_id: string | null;
  from_at: Date | null;
  to_at: Date | null;
  networks: string[] | null;
  category_ids: string[] | null;
}): ShareResource {
  if (row.resource_kind === 'report') return { kind: 'report' };
  if (row.document_id) return { kind: 'document', documentId: row.document_id };
  return {
    kind: 'calendar',
    from: new Date(row.from_at!).toISOString(),
    to: new Date(row.to_at!).toISOString(),
    ...(row.networks?.length ? { networks: row.networks } : {}),
    ...(row.category_ids?.length ? { categoryIds: row.category_ids } : {}),
  };
}
