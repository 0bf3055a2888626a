import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Client } from 'graphql-ws';
import request from 'supertest';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { buildBrandTeam } from '../support/brand-actors.js';
import { downloadAuditCsv, eventually } from '../support/events.js';
import { Factories } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql.js';
import { closeOf, listenForSockets, socketClient, Subscribed } from '../support/graphql-socket.js';
import { userIdOf } from '../support/notifications.js';
import { startSmtp } from '../support/smtp.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { createDocument } from './approvals-fixtures.js';
import {
  codeOf,
  commentServices,
  guestOn,
  replyTo,
  startThread,
  threadsOf,
  WHOLE_POST,
} from './comments-fixtures.js';
import { REDEEM, REVOKE_LINK, shareDocument } from './share-links-fixtures.js';

const ORIGIN = 'http://localhost:3000';
const SECRET = 'INTERNAL-ONLY margin is 71 percent';

/**
 * A guest never receives an internal thread or comment — not over GraphQL, not over the live
 * subscription, not in a notification or its email, not in an export — while the team sees
 * both kinds. Internal threads are present (with a recognisable text) on every path.
 */
describe('comments and guests: internal threads stay inside the team', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let factories: Factories;
  let brand: BrandEntity;
  let specialist: GraphQLClient;
  let lead: GraphQLClient;
  let owner: GraphQLClient;
  let url: string;
  const sockets: Client[] = [];
  let postId: string;
  let strategyId: string;
  let internalId: string;
  let externalId: string;

  beforeAll(async () => {
    smtp = await startSmtp();
    database = await createTestDatabase();
    app = await createTestApp({
      database: database.config,
      env: {
        CHORUS_SEED_DEMO: 'false',
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Chorus <chorus@example.test>',
        PUBLIC_URL: ORIGIN,
      },
    });
    url = await listenForSockets(app);
    factories = new Factories(app);
    const team = await buildBrandTeam(factories, [
      ['Sam Specialist', ['smm_specialist']],
      ['Lea Lead', ['lead']],
    ]);
    brand = team.brand;
    owner = team.owner;
    [specialist, lead] = team.clients as [GraphQLClient, GraphQLClient];
    postId = await createDocument(specialist, brand, 'POST', 'Tết post');
    strategyId = await createDocument(specialist, brand, 'STRATEGY', 'Brand strategy');
    const leadId = await userIdOf(lead);
    internalId = (await startThread(specialist, postId, SECRET, { mentions: [leadId] })).id;
    await replyTo(lead, internalId, `${SECRET} (reply)`);
    externalId = (
      await startThread(specialist, postId, 'Dear client, how do you like it?', {
        visibility: 'EXTERNAL',
      })
    ).id;
    await startThread(specialist, strategyId, SECRET, {
      anchor: { kind: 'TEXT', start: 'AAAA', end: 'AAAA', quote: 'Our mission' },
    });
  }, 120_000);

  afterAll(async () => {
    for (const socket of sockets) await socket.dispose();
    await app?.close();
    await database?.drop();
    await smtp?.close();
  });

  it('answers a guest only the external threads; the team sees both', async () => {
    const { threads } = commentServices(app);
    const guest = guestOn(brand.id, postId, 'comment');
    const seen = await threads.list(guest, postId, null);
    expect(seen.map((thread) => thread.id)).toEqual([externalId]);
    expect(JSON.stringify(seen)).not.toContain('INTERNAL-ONLY');
    expect(await threads.list(guest, postId, { external: false })).toEqual([]);
    // The paged list and the previews hold the same line.
    const page = await threads.page(guest, postId, null, 100, null);
    expect(page.threads.map((thread) => thread.id)).toEqual([externalId]);
    const previews = await threads.previews(guest, postId);
    expect(previews.map((thread) => thread.id)).toEqual([externalId]);
    expect(JSON.stringify([page, previews])).not.toContain('INTERNAL-ONLY');
    expect((await threadsOf(specialist, postId)).map((t) => t.id).sort()).toEqual(
      [internalId, externalId].sort(),
    );
  });

  it('treats an internal thread and its comments as unknown to a guest (NOT_FOUND), changing nothing', async () => {
    const { threads, comments } = commentServices(app);
    const guest = guestOn(brand.id, postId, 'approve');
    const [internal] = (await threadsOf(specialist, postId)).filter((t) => t.id === internalId);
    const commentId = internal!.comments[0]!.id;
    const before = await factories.snapshot();
    const calls: Array<() => Promise<unknown>> = [
      () => threads.reply(guest, { threadId: internalId, body: 'Let me in' }),
      () => comments.toggleReaction(guest, { commentId, emoji: '👀' }),
      () => comments.edit(guest, { commentId, body: 'x' }),
      () => comments.delete(guest, commentId),
      async () => threads.view(await threads.reader(guest, postId), internalId),
      () => threads.one(guest, internalId),
    ];
    for (const call of calls) expect(await codeOf(call)).toBe('NOT_FOUND');
    expect(await factories.snapshot()).toBe(before);
  });

  it('tells a guest’s subscription only of external threads, and a team member’s of both', async () => {
    const { live, threads } = commentServices(app);
    const guest = guestOn(brand.id, postId, 'comment');
    const iterator = await live.commentThreadsChanged(guest, postId);
    const first = iterator.next();
    const socket = socketClient(url, { cookie: lead.cookie!, origin: ORIGIN });
    sockets.push(socket);
    const team = new Subscribed<{ commentThreadsChanged: { threadId: string } }>(
      socket,
      `subscription { commentThreadsChanged(documentId: "${postId}") { documentId threadId } }`,
    );
    // The socket's subscription is live once it hears a change: make harmless ones until then.
    await eventually(async () => {
      await threads.reply(guest, { threadId: externalId, body: 'ping' });
      return team.values.length > 0;
    }, 20_000);
    const ping = await first;
    expect(ping.value).toMatchObject({
      commentThreadsChanged: { documentId: postId, threadId: externalId },
    });
    team.values.length = 0;

    const internal = await startThread(specialist, postId, `${SECRET} live`);
    const external = await startThread(specialist, postId, 'Client, a new draft', {
      visibility: 'EXTERNAL',
    });
    // Changes arrive in commit order: the internal thread, had it been sent, would come first.
    const guestHeard: string[] = [];
    for (;;) {
      const next = await iterator.next();
      const id = (next.value as { commentThreadsChanged: { threadId: string } })
        .commentThreadsChanged.threadId;
      guestHeard.push(id);
      if (id === external.id) break;
    }
    expect(guestHeard).not.toContain(internal.id);
    const heard = await eventually(async () => {
      const ids = team.values.map((value) => value.commentThreadsChanged.threadId);
      return Promise.resolve(
        ids.includes(internal.id) && ids.includes(external.id) ? ids : undefined,
      );
    }, 20_000);
    expect(heard).toEqual(expect.arrayContaining([internal.id, external.id]));
    await iterator.return?.();
  });

  it('notifies and emails team members only, naming the document but never quoting a comment', async () => {
    const leadId = await userIdOf(lead);
    const rows = await eventually(async () => {
      const found = await factories.db.query<Array<{ user_id: string; kind: string }>>(
        `SELECT user_id, kind FROM notifications WHERE document_id = $1 ORDER BY kind`,
        [postId],
      );
      return found.length >= 2 ? found : undefined;
    }, 30_000);
    expect(rows).toEqual(
      expect.arrayContaining([
        { user_id: leadId, kind: 'comment_mentioned' },
        { user_id: await userIdOf(specialist), kind: 'comment_replied' },
      ]),
    );
    const [{ email }] = await factories.db.query<[{ email: string }]>(
      'SELECT email FROM users WHERE id = $1',
      [leadId],
    );
    const mail = await eventually(
      () => Promise.resolve(smtp.received.find((received) => received.to.includes(email))),
      30_000,
    );
    expect(mail.headers.get('subject')).toBe(
      'Sam Specialist mentioned you in a comment on “Tết post”',
    );
    for (const received of smtp.received) expect(received.text).not.toContain('INTERNAL-ONLY');
    const data = await factories.db.query<Array<{ data: string }>>(
      `SELECT data::text FROM notifications WHERE document_id = $1`,
      [postId],
    );
    for (const row of data) expect(row.data).not.toContain('INTERNAL-ONLY');
  });

  it('keeps comment text out of every export: strategy Markdown and HTML, posts CSV, audit CSV', async () => {
    for (const format of ['MARKDOWN', 'HTML']) {
      const exported = await specialist.ok<{ strategyExport: { content: string } }>(
        `query($d: ID!, $f: StrategyExportFormat!) { strategyExport(documentId: $d, format: $f) { content } }`,
        { d: strategyId, f: format },
      );
      expect(exported.strategyExport.content).not.toContain('INTERNAL-ONLY');
    }
    const posts = await request(app.getHttpServer())
      .get(`/api/brands/${brand.id}/posts/export?format=csv&from=2000-01-01&to=2100-01-01`)
      .set('cookie', specialist.cookie!);
    expect(posts.status).toBe(200);
    expect(String(posts.text)).not.toContain('INTERNAL-ONLY');
    // Audit entries of the comment events exist, with ids and names only.
    await eventually(async () => {
      const [row] = await factories.db.query<[{ n: number }]>(
        `SELECT count(*)::int AS n FROM audit_entries WHERE action LIKE 'comment.%' AND document_id = $1`,
        [postId],
      );
      return row.n >= 4;
    }, 30_000);
    const audit = await downloadAuditCsv(app, owner.cookie, brand.workspaceId);
    expect(audit.status).toBe(200);
    expect(audit.text).toContain('comment.created');
    expect(audit.text).not.toContain('INTERNAL-ONLY');
  });

  it('lets a guest subscribe over the socket with its link’s cookie, tells it only of external threads, and closes the socket when the link is revoked', async () => {
    const link = await shareDocument(lead, brand.id, strategyId, { label: 'Client socket' });
    const guest = factories.anonymous();
    guest.address = '10.16.0.1';
    await guest.ok(REDEEM, { i: { token: link.token, name: 'Mai' } });
    const socket = socketClient(url, { cookie: guest.cookie!, origin: ORIGIN });
    sockets.push(socket);
    const closed = new Promise<number>((resolve) => {
      socket.on('closed', (event) => resolve((event as { code: number }).code));
    });
    const heard = new Subscribed<{ commentThreadsChanged: { threadId: string } }>(
      socket,
      `subscription { commentThreadsChanged(documentId: "${strategyId}") { documentId threadId } }`,
    );
    const anchor = { kind: 'TEXT', start: 'AAAA', end: 'AAAA', quote: 'Our mission' };
    // Live once it hears a change: harmless external threads until then.
    const probe = await startThread(specialist, strategyId, 'Client, a first question', {
      anchor,
      visibility: 'EXTERNAL',
    });
    await eventually(async () => {
      await replyTo(specialist, probe.id, 'ping');
      return heard.values.length > 0 || heard.errors.length > 0;
    }, 20_000);
    expect(heard.errors).toEqual([]);
    heard.values.length = 0;

    const internal = await startThread(specialist, strategyId, `${SECRET} socket`, { anchor });
    const external = await startThread(specialist, strategyId, 'Client, the second draft', {
      anchor,
      visibility: 'EXTERNAL',
    });
    const ids = await eventually(async () => {
      const seen = heard.values.map((value) => value.commentThreadsChanged.threadId);
      return Promise.resolve(seen.includes(external.id) ? seen : undefined);
    }, 20_000);
    // Changes arrive in commit order: the internal thread, had it been sent, came first.
    expect(ids).not.toContain(internal.id);
    expect(JSON.stringify(heard.values)).not.toContain('INTERNAL-ONLY');

    await lead.ok(REVOKE_LINK, { id: link.id });
    expect(await closed).toBe(4401);
  });

  it('refuses a socket whose guest cookie belongs to a revoked link (4401)', async () => {
    const link = await shareDocument(lead, brand.id, strategyId, { label: 'Client revoked' });
    const guest = factories.anonymous();
    guest.address = '10.16.0.2';
    await guest.ok(REDEEM, { i: { token: link.token, name: 'Lan' } });
    await lead.ok(REVOKE_LINK, { id: link.id });
    expect(await closeOf(url, { cookie: guest.cookie!, origin: ORIGIN })).toMatchObject({
      code: 4401,
    });
  });

  it('never lets a guest start or turn a thread internal', async () => {
    const { threads } = commentServices(app);
    const guest = guestOn(brand.id, postId, 'comment');
    const before = await factories.snapshot();
    expect(
      await codeOf(() =>
        threads.create(guest, {
          documentId: postId,
          anchor: WHOLE_POST,
          body: 'Hi',
          visibility: 'internal',
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(await factories.snapshot()).toBe(before);
  });
});
