import { createHash } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { buildBrandTeam } from '../support/brand-actors.js';
import { Factories } from '../support/factories.js';
import { errorCode, type GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import {
  CREATE_LINK,
  createStrategy,
  GUEST,
  LINKS,
  PREVIEW,
  REDEEM,
  REVOKE_LINK,
  shareDocument,
} from './share-links-fixtures.js';

describe('share links: creation, storage, preview, redemption, expiry and revocation', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;
  let db: DataSource;
  let brand: BrandEntity;
  let strategist: GraphQLClient;
  let documentId: string;
  let address = 1;

  /** A fresh anonymous browser at its own address (so the token throttle stays out of the way). */
  function guestBrowser(): GraphQLClient {
    const client = factories.anonymous();
    client.address = `10.1.0.${address++}`;
    return client;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({
      database: database.config,
      env: { CHORUS_SEED_DEMO: 'false', PUBLIC_URL: 'http://chorus.localhost:3000' },
    });
    factories = new Factories(app);
    db = app.get(DataSource);
    const team = await buildBrandTeam(factories, [['Stella Strategist', ['strategist']]]);
    brand = team.brand;
    strategist = team.clients[0]!;
    documentId = await createStrategy(strategist, brand.id, 'Lotus strategy 2027');
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('shows the token once in the URL and stores only its SHA-256', async () => {
    const data = await strategist.ok<{
      createShareLink: { url: string; link: Record<string, unknown> };
    }>(CREATE_LINK, {
      i: {
        brandId: brand.id,
        documentId,
        capability: 'VIEW',
        label: 'Client — Lotus',
        expiresInDays: 7,
      },
    });
    const { url, link } = data.createShareLink;
    expect(url).toMatch(/^http:\/\/chorus\.localhost:3000\/s\/[A-Za-z0-9_-]{43}$/);
    const token = url.slice(url.lastIndexOf('/') + 1);
    expect(link).toMatchObject({
      documentId,
      documentTitle: 'Lotus strategy 2027',
      documentKind: 'STRATEGY',
      capability: 'VIEW',
      status: 'ACTIVE',
      hasPassword: false,
      createdByName: 'Stella Strategist',
      openCount: 0,
    });
    const rows = await db.query<Array<Record<string, unknown>>>(
      'SELECT * FROM share_links WHERE id = $1',
      [link.id],
    );
    expect(rows[0]!.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(token);
    const events = await db.query<Array<{ data: unknown }>>(
      `SELECT data FROM events WHERE type = 'share_link.created' AND subject_id = $1`,
      [link.id],
    );
    expect(JSON.stringify(events)).not.toContain(token);
    expect(events).toHaveLength(1);
  });

  it('previews a live link, redeems it with a name, and the guest then knows its session', async () => {
    const link = await shareDocument(strategist, brand.id, documentId);
    const guest = guestBrowser();
    expect(await guest.ok(PREVIEW, { t: link.token })).toEqual({
      shareLinkPreview: {
        label: 'Client — Lotus',
        capability: 'COMMENT',
        needsPassword: false,
        needsEmail: false,
        resourceKind: 'DOCUMENT',
        documentTitle: 'Lotus strategy 2027',
        documentKind: 'STRATEGY',
        brandName: brand.name,
        smtpConfigured: false,
      },
    });
    expect((await guest.ok<{ guestSession: null }>(GUEST)).guestSession).toBeNull();
    const redeemed = await guest.request(REDEEM, { i: { token: link.token, name: 'Lan Nguyen' } });
    expect(redeemed.errors).toBeUndefined();
    const cookie = ([] as string[]).concat(redeemed.headers['set-cookie'] ?? []).join('\n');
    expect(cookie).toMatch(/chorus_guest=[^;]+;.*HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(await guest.ok(GUEST)).toEqual({
      guestSession: {
        name: 'Lan Nguyen',
        capability: 'COMMENT',
        documentId,
        label: 'Client — Lotus',
        emailConfirmed: false,
      },
    });
    const listed = await strategist.ok<{ shareLinks: Array<Record<string, unknown>> }>(LINKS, {
      b: brand.id,
      d: documentId,
    });
    expect(listed.shareLinks.find((l) => l.id === link.id)).toMatchObject({
      openCount: 1,
      lastOpenedByName: 'Lan Nguyen',
    });
    const sessions = await db.query<Array<{ token_hash: string }>>(
      'SELECT token_hash FROM guest_sessions WHERE share_link_id = $1',
      [link.id],
    );
    const guestToken = /chorus_guest=([^;]+)/.exec(cookie)![1]!;
    expect(sessions[0]!.token_hash).toBe(createHash('sha256').update(guestToken).digest('hex'));
  });

  it('answers the same NOT_FOUND for an unknown, a revoked, an expired and an archived-document link', async () => {
    const revoked = await shareDocument(strategist, brand.id, documentId);
    await strategist.ok(REVOKE_LINK, { id: revoked.id });
    const expired = await shareDocument(strategist, brand.id, documentId, { expiresInDays: 1 });
    await db.query(
      `UPDATE share_links SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [expired.id],
    );
    const archivedDoc = await createStrategy(strategist, brand.id, 'Old strategy');
    const archived = await shareDocument(strategist, brand.id, archivedDoc);
    await strategist.ok(`mutation($id: ID!) { archiveDocument(documentId: $id) { id } }`, {
      id: archivedDoc,
    });
    const unknown = 'A'.repeat(43);
    const answers: unknown[] = [];
    for (const token of [unknown, revoked.token, expired.token, archived.token]) {
      const guest = guestBrowser();
      const preview = await guest.request(PREVIEW, { t: token });
      const redeem = await guest.request(REDEEM, {
        i: { token, name: 'Eve', password: 'guessing-it' },
      });
      answers.push(
        [preview.errors?.[0], redeem.errors?.[0]].map((e) => [e?.message, e?.extensions]),
      );
      expect(errorCode(preview)).toBe('NOT_FOUND');
      expect(errorCode(redeem)).toBe('NOT_FOUND');
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    const listed = await strategist.ok<{ shareLinks: Array<{ id: string; status: string }> }>(
      LINKS,
      {
        b: brand.id,
      },
    );
    const status = (id: string) => listed.shareLinks.find((l) => l.id === id)?.status;
    expect([status(revoked.id), status(expired.id), status(archived.id)]).toEqual([
      'REVOKED',
      'EXPIRED',
      'ACTIVE',
    ]);
  });

  it('ends a guest session at once when its link is revoked or expires', async () => {
    const revokedLater = await shareDocument(strategist, brand.id, documentId);
    const expiringLater = await shareDocument(strategist, brand.id, documentId, {
      expiresInDays: 3,
    });
    const first = guestBrowser();
    const second = guestBrowser();
    await first.ok(REDEEM, { i: { token: revokedLater.token, name: 'First' } });
    await second.ok(REDEEM, { i: { token: expiringLater.token, name: 'Second' } });
    expect((await first.ok<{ guestSession: unknown }>(GUEST)).guestSession).not.toBeNull();
    await strategist.ok(REVOKE_LINK, { id: revokedLater.id });
    expect((await first.ok<{ guestSession: unknown }>(GUEST)).guestSession).toBeNull();
    await db.query(
      `UPDATE share_links SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [expiringLater.id],
    );
    expect((await second.ok<{ guestSession: unknown }>(GUEST)).guestSession).toBeNull();
  });

  it('asks for a password, refuses a wrong one with its own code, and opens with the right one', async () => {
    const link = await shareDocument(strategist, brand.id, documentId, { password: 'lotus-2027!' });
    const stored = await db.query<Array<{ password_hash: string }>>(
      'SELECT password_hash FROM share_links WHERE id = $1',
      [link.id],
    );
    expect(stored[0]!.password_hash).toMatch(/^\$argon2id\$/);
    const guest = guestBrowser();
    expect(
      (await guest.ok<{ shareLinkPreview: { needsPassword: boolean } }>(PREVIEW, { t: link.token }))
        .shareLinkPreview.needsPassword,
    ).toBe(true);
    expect(errorCode(await guest.request(REDEEM, { i: { token: link.token, name: 'Lan' } }))).toBe(
      'SHARE_LINK_PASSWORD_REQUIRED',
    );
    expect(
      errorCode(
        await guest.request(REDEEM, {
          i: { token: link.token, name: 'Lan', password: 'wrong-one' },
        }),
      ),
    ).toBe('SHARE_LINK_PASSWORD_INVALID');
    expect((await guest.ok<{ guestSession: unknown }>(GUEST)).guestSession).toBeNull();
    await guest.ok(REDEEM, { i: { token: link.token, name: 'Lan', password: 'lotus-2027!' } });
    expect((await guest.ok<{ guestSession: { name: string } }>(GUEST)).guestSession.name).toBe(
      'Lan',
    );
  });

  it('refuses bad input with a typed error and creates nothing', async () => {
    const other = await buildBrandTeam(factories, [['Other Lead', ['lead']]]);
    const foreignDoc = await createStrategy(other.clients[0]!, other.brand.id, 'Foreign');
    const cases: Array<[Record<string, unknown>, string, string?]> = [
      [{ documentId, expiresInDays: 0 }, 'VALIDATION', 'expiresInDays'],
      [{ documentId, expiresInDays: 91 }, 'VALIDATION', 'expiresInDays'],
      [{ documentId, label: '  ' }, 'VALIDATION', 'label'],
      [{ documentId, label: 'a\u202Eb' }, 'VALIDATION', 'label'],
      [{ documentId, password: 'short' }, 'VALIDATION', 'password'],
      [{ documentId: foreignDoc }, 'NOT_FOUND'],
      [{ documentId: 'not-a-uuid' }, 'NOT_FOUND'],
      [{}, 'VALIDATION', 'documentId'],
      [{ calendar: { from: '2027-02-01', to: '2027-01-01' } }, 'VALIDATION', 'calendar.to'],
      [{ calendar: { from: '2027-13-01', to: '2027-14-01' } }, 'VALIDATION', 'calendar.from'],
    ];
    const start = await factories.snapshot();
    for (const [input, code, field] of cases) {
      const result = await strategist.request(CREATE_LINK, {
        i: { brandId: brand.id, capability: 'VIEW', label: 'Client', ...input },
      });
      expect([input, errorCode(result)]).toEqual([input, code]);
      if (field) expect(result.errors?.[0]?.extensions?.field).toBe(field);
    }
    expect(await factories.snapshot()).toBe(start);
  });

  it('serves guest pages (/s/*) with no referrer, no indexing, no caching and a self-only CSP', async () => {
    const page = await request(app.getHttpServer())
      .get('/s/some-token-here')
      .set('accept', 'text/html');
    expect(page.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['cache-control']).toBe('no-store');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("form-action 'none'");
    expect(csp).not.toMatch(/https?:/);
    const other = await request(app.getHttpServer()).get('/brands').set('accept', 'text/html');
    expect(other.headers['x-robots-tag']).toBeUndefined();
  });
});
