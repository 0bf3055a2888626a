import type { NestExpressApplication } from '@nestjs/platform-express';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { EventLog } from '../../src/modules/events/index.js';
import { NotificationKinds } from '../../src/modules/notifications/index.js';
import { NotificationDelivery } from '../../src/modules/notifications/notification-delivery.js';
import { buildBrandTeam } from '../support/brand-actors.js';
import { eventually } from '../support/events.js';
import { Factories } from '../support/factories.js';
import { errorCode, type GraphQLClient } from '../support/graphql.js';
import { centre, createAssignedPost, userIdOf } from '../support/notifications.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const MARK = 'mutation($ids: [ID!]!) { markNotificationRead(ids: $ids) }';
const MARK_ALL = 'mutation { markAllNotificationsRead }';
const PREFERENCES = '{ notificationPreferences { kind titleKey inApp email emailMode } }';
const UPDATE_PREFERENCES = `mutation($i: [NotificationPreferenceInput!]!) {
  updateNotificationPreferences(input: $i) { kind inApp email emailMode } }`;

describe('the notification centre', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;
  let brand: BrandEntity;
  let specialist: GraphQLClient;
  let lead: GraphQLClient;
  let expert: GraphQLClient;
  let outsider: GraphQLClient;
  let leadId: string;
  let specialistId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    factories = new Factories(app);
    const team = await buildBrandTeam(factories, [
      ['Sam Specialist', ['smm_specialist']],
      ['Lea Lead', ['lead']],
      ['Noa Expert', ['chief_expert']],
    ]);
    brand = team.brand;
    [specialist, lead, expert] = team.clients as [GraphQLClient, GraphQLClient, GraphQLClient];
    outsider = team.outsider;
    leadId = await userIdOf(lead);
    specialistId = await userIdOf(specialist);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  async function waitForUnread(client: GraphQLClient, count: number) {
    return eventually(async () => {
      const answer = await centre(client);
      return answer.unreadNotificationCount === count ? answer : undefined;
    }, 30_000);
  }

  it('tells the assignee of a new post, with a deep link, and nobody else', async () => {
    const postId = await createAssignedPost(specialist, brand.id, 'Spring launch', leadId);
    const answer = await waitForUnread(lead, 1);
    expect(answer.notifications.entries).toHaveLength(1);
    const [notification] = answer.notifications.entries;
    expect(notification).toMatchObject({
      kind: 'post_assigned',
      titleKey: 'notifications.kinds.post_assigned.title',
      readAt: null,
      actorName: 'Sam Specialist',
      params: [{ name: 'name', value: 'Spring launch' }],
      link: {
        workspaceId: brand.workspaceId,
        brandId: brand.id,
        brandName: brand.name,
        documentId: postId,
        documentKind: 'post',
        documentTitle: 'Spring launch',
      },
    });
    expect((await centre(specialist)).unreadNotificationCount).toBe(0);
    expect((await centre(expert)).notifications.entries).toEqual([]);
  });

  it('tells nobody when people assign a post to themselves', async () => {
    const before = await factories.db.query<[{ n: string }]>('SELECT count(*) AS n FROM events');
    await createAssignedPost(specialist, brand.id, 'My own', specialistId);
    // The processor has run once the event's job is done.
    await eventually(async () => {
      const [row] = await factories.db.query<[{ n: string }]>(
        `SELECT count(*) AS n FROM pgboss.job WHERE name = 'events.notify.post_assigned' AND state <> 'completed'`,
      );
      return row.n === '0';
    });
    expect(Number(before[0].n)).toBeGreaterThan(0);
    expect((await centre(specialist)).unreadNotificationCount).toBe(0);
  });

  it('tells the new assignee when a post is reassigned, and a job run twice adds nothing', async () => {
    const postId = await createAssignedPost(specialist, brand.id, 'Reassigned', null);
    const expertId = await userIdOf(expert);
    await specialist.ok(
      `mutation($i: UpdatePostInput!) { updatePost(input: $i) { post { id } } }`,
      { i: { postId, assigneeId: expertId } },
    );
    await waitForUnread(expert, 1);
    const [event] = await factories.db.query<Array<{ id: string }>>(
      `SELECT id FROM events WHERE type = 'post.updated' AND subject_id = $1`,
      [postId],
    );
    const recorded = await app.get(EventLog)['find'](event!.id);
    await app
      .get(NotificationDelivery)
      .deliver(app.get(NotificationKinds).get('post_assigned')!, recorded!);
    const [{ n }] = await factories.db.query<[{ n: string }]>(
      'SELECT count(*) AS n FROM notifications WHERE event_id = $1',
      [event!.id],
    );
    expect(n).toBe('1');
  });

  it('lets each person read and mark only their own notifications', async () => {
    const [mine] = (await centre(lead)).notifications.entries;
    for (const stranger of [specialist, outsider]) {
      const result = await stranger.request(MARK, { ids: [mine!.id] });
      expect(errorCode(result)).toBe('NOT_FOUND');
      expect((await centre(stranger)).notifications.entries.map((n) => n.id)).not.toContain(
        mine!.id,
      );
    }
    expect(
      errorCode(
        await lead.request(MARK, { ids: [mine!.id, '00000000-0000-4000-8000-000000000000'] }),
      ),
    ).toBe('NOT_FOUND');
    expect((await centre(lead)).unreadNotificationCount).toBe(1);
    const anonymous = factories.anonymous();
    expect(errorCode(await anonymous.request('{ unreadNotificationCount }'))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(await anonymous.request(MARK_ALL))).toBe('UNAUTHENTICATED');
    expect(errorCode(await anonymous.request(PREFERENCES))).toBe('UNAUTHENTICATED');

    expect(await lead.ok<{ markNotificationRead: number }>(MARK, { ids: [mine!.id] })).toEqual({
      markNotificationRead: 0,
    });
    const after = await centre(lead);
    expect(after.notifications.entries[0]!.readAt).not.toBeNull();
  });

  it('pages newest first and marks everything read at once', async () => {
    await createAssignedPost(specialist, brand.id, 'Second', leadId);
    await createAssignedPost(specialist, brand.id, 'Third', leadId);
    await waitForUnread(lead, 2);
    const first = await centre(lead, 2);
    expect(first.notifications.entries.map((n) => n.params[0]!.value)).toEqual(['Third', 'Second']);
    expect(first.notifications.hasMore).toBe(true);
    const rest = await centre(lead, 2, first.notifications.endCursor!);
    expect(rest.notifications.entries.map((n) => n.params[0]!.value)).toEqual(['Spring launch']);
    expect(rest.notifications.hasMore).toBe(false);
    expect(errorCode(await lead.request('{ notifications(after: "nonsense") { hasMore } }'))).toBe(
      'VALIDATION',
    );
    expect(errorCode(await lead.request('{ notifications(first: 1000) { hasMore } }'))).toBe(
      'VALIDATION',
    );
    expect(await lead.ok(MARK_ALL)).toEqual({ markAllNotificationsRead: 0 });
    expect((await centre(lead)).unreadNotificationCount).toBe(0);
  });

  it('keeps preferences per person and kind; turning in-app off stops new ones', async () => {
    const defaults = await lead.ok<{ notificationPreferences: Array<{ kind: string }> }>(
      PREFERENCES,
    );
    // Every registered kind, each with its defaults (the approval kinds come from approvals).
    expect(defaults.notificationPreferences.map((p) => p.kind)).toEqual(
      expect.arrayContaining(['post_assigned', 'approval_requested', 'approval_decided']),
    );
    expect(defaults.notificationPreferences.find((p) => p.kind === 'post_assigned')).toEqual({
      kind: 'post_assigned',
      titleKey: 'notifications.kinds.post_assigned.title',
      inApp: true,
      email: true,
      emailMode: 'IMMEDIATE',
    });
    const unknown = await lead.request(UPDATE_PREFERENCES, {
      i: [{ kind: 'no_such_kind', inApp: false, email: false, emailMode: 'DAILY' }],
    });
    expect(errorCode(unknown)).toBe('VALIDATION');
    expect(await lead.ok(PREFERENCES)).toEqual(defaults);

    const saved = await lead.ok<{ updateNotificationPreferences: Array<{ kind: string }> }>(
      UPDATE_PREFERENCES,
      { i: [{ kind: 'post_assigned', inApp: false, email: false, emailMode: 'DAILY' }] },
    );
    expect(saved.updateNotificationPreferences.find((p) => p.kind === 'post_assigned')).toEqual({
      kind: 'post_assigned',
      inApp: false,
      email: false,
      emailMode: 'DAILY',
    });
    // Someone else's choice is theirs alone.
    expect(await expert.ok(PREFERENCES)).toEqual(defaults);

    const postId = await createAssignedPost(specialist, brand.id, 'Quiet', leadId);
    const expertId = await userIdOf(expert);
    await specialist.ok(
      `mutation($i: UpdatePostInput!) { updatePost(input: $i) { post { id } } }`,
      { i: { postId, assigneeId: expertId } },
    );
    await waitForUnread(expert, 2);
    const [{ n }] = await factories.db.query<[{ n: string }]>(
      'SELECT count(*) AS n FROM notifications WHERE document_id = $1',
      [postId],
    );
    expect(n).toBe('1');
    expect((await centre(lead)).unreadNotificationCount).toBe(0);
  });
});
