import { postBody } from '@chorus/post-model';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DocumentEditor } from '../../src/collaboration/index.js';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { NotificationMailer } from '../../src/modules/notifications/email/notification-mailer.js';
import { buildBrandTeam } from '../support/brand-actors.js';
import { eventually } from '../support/events.js';
import { Factories } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql.js';
import { createAssignedPost, userIdOf } from '../support/notifications.js';
import { startSmtp, type ReceivedMail } from '../support/smtp.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { createDocument, createFlow, decide, step, submit } from './approvals-fixtures.js';

const PUBLIC_URL = 'http://localhost:3000';
const PREFERENCES = '{ notificationPreferences { kind inApp email emailMode } }';

describe('notification emails over SMTP', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let factories: Factories;
  let brand: BrandEntity;
  let specialist: GraphQLClient;
  let lead: GraphQLClient;
  let expert: GraphQLClient;
  let leadId: string;
  let expertId: string;

  beforeAll(async () => {
    smtp = await startSmtp();
    database = await createTestDatabase();
    app = await createTestApp({
      database: database.config,
      env: {
        CHORUS_SEED_DEMO: 'false',
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Chorus <chorus@example.test>',
        PUBLIC_URL,
        // Far from now: the test runs the digest itself.
        NOTIFICATION_DIGEST_CRON: '0 0 1 1 *',
      },
    });
    factories = new Factories(app);
    const team = await buildBrandTeam(factories, [
      ['Sam Specialist', ['smm_specialist']],
      ['Lea Lead', ['lead']],
      ['Noa Expert', ['chief_expert']],
    ]);
    brand = team.brand;
    [specialist, lead, expert] = team.clients as [GraphQLClient, GraphQLClient, GraphQLClient];
    leadId = await userIdOf(lead);
    expertId = await userIdOf(expert);
    await factories.db.query(`UPDATE users SET interface_language = 'vi' WHERE id = $1`, [leadId]);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
    await smtp?.close();
  });

  async function emailTo(address: string, count = 1): Promise<ReceivedMail[]> {
    return eventually(async () => {
      const mails = smtp.received.filter((mail) => mail.to.includes(address));
      return Promise.resolve(mails.length >= count ? mails : undefined);
    }, 30_000);
  }

  /** The lead's preference for the one kind these emails are about. */
  async function postAssignedPreference() {
    const { notificationPreferences } = await lead.ok<{
      notificationPreferences: Array<{ kind: string; email: boolean }>;
    }>(PREFERENCES);
    return notificationPreferences.find((p) => p.kind === 'post_assigned');
  }

  async function addressOf(userId: string): Promise<string> {
    const [row] = await factories.db.query<Array<{ email: string }>>(
      'SELECT email FROM users WHERE id = $1',
      [userId],
    );
    return row!.email;
  }

  async function emailStates(postId: string): Promise<string[]> {
    const rows = await factories.db.query<Array<{ email_state: string }>>(
      'SELECT email_state FROM notifications WHERE document_id = $1 ORDER BY created_at',
      [postId],
    );
    return rows.map((row) => row.email_state);
  }

  it('emails the assignee in their language, with a deep link and a signed one-click unsubscribe', async () => {
    const postId = await createAssignedPost(specialist, brand.id, 'Tết campaign', leadId);
    const [mail] = await emailTo(await addressOf(leadId));
    expect(mail!.headers.get('subject')).toBe(
      'Sam Specialist đã giao bài đăng “Tết campaign” cho bạn',
    );
    expect(mail!.text).toContain(`Thương hiệu: ${brand.name}`);
    expect(mail!.text).toContain(`${PUBLIC_URL}/w/${brand.workspaceId}/b/${brand.id}/d/${postId}`);
    expect(mail!.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const header = mail!.headers.get('list-unsubscribe')!;
    const url = /^<(.+)>$/.exec(header)![1]!;
    expect(url).toMatch(
      new RegExp(`^${PUBLIC_URL}/api/notifications/unsubscribe\\?token=[\\w-]+\\.[\\w-]+$`),
    );
    expect(mail!.text).toContain(url);
    expect(url).not.toContain(leadId);
    await eventually(async () => ((await emailStates(postId))[0] === 'sent' ? true : undefined));

    const path = url.slice(PUBLIC_URL.length);
    const server = app.getHttpServer();
    // GET only asks (mail scanners follow links): nothing changes.
    const page = await request(server).get(path);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<form method="post"');
    expect(page.text).toContain('Ngừng nhận email về “Bài đăng được giao cho tôi”?');
    expect(await postAssignedPreference()).toMatchObject({ email: true });

    // A forged or altered token changes nothing.
    const tampered = path.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect(
      (await request(server).post(tampered).type('form').send('List-Unsubscribe=One-Click')).status,
    ).toBe(400);
    const forged = `/api/notifications/unsubscribe?token=${Buffer.from(`${leadId}.post_assigned`).toString('base64url')}.x`;
    expect((await request(server).post(forged)).status).toBe(400);
    expect(await postAssignedPreference()).toMatchObject({ email: true });

    // The mail client's one-click POST (RFC 8058).
    const done = await request(server).post(path).type('form').send('List-Unsubscribe=One-Click');
    expect(done.status).toBe(200);
    expect(done.text).toContain('Bạn sẽ không nhận email về “Bài đăng được giao cho tôi” nữa');
    expect(await postAssignedPreference()).toEqual({
      kind: 'post_assigned',
      inApp: true,
      email: false,
      emailMode: 'IMMEDIATE',
    });

    const leadAddress = await addressOf(leadId);
    const quiet = await createAssignedPost(specialist, brand.id, 'No mail', leadId);
    await eventually(async () => ((await emailStates(quiet)).length === 1 ? true : undefined));
    expect(await emailStates(quiet)).toEqual(['none']);
    expect(smtp.received.filter((mail) => mail.to.includes(leadAddress))).toHaveLength(1);
  });

  it('gathers daily items into one digest email per person, sent once', async () => {
    await expert.ok(
      `mutation($i: [NotificationPreferenceInput!]!) { updateNotificationPreferences(input: $i) { kind } }`,
      { i: [{ kind: 'post_assigned', inApp: true, email: true, emailMode: 'DAILY' }] },
    );
    const first = await createAssignedPost(specialist, brand.id, 'Morning post', expertId);
    const second = await createAssignedPost(specialist, brand.id, 'Evening post', expertId);
    await eventually(async () =>
      (await emailStates(first))[0] === 'digest' && (await emailStates(second))[0] === 'digest'
        ? true
        : undefined,
    );
    const address = await addressOf(expertId);
    expect(smtp.received.filter((mail) => mail.to.includes(address))).toEqual([]);

    const [schedule] = await factories.db.query<Array<{ cron: string; timezone: string }>>(
      `SELECT cron, timezone FROM pgboss.schedule WHERE name = 'notifications.digest'`,
    );
    expect(schedule).toEqual({ cron: '0 0 1 1 *', timezone: 'UTC' });

    const mailer = app.get(NotificationMailer);
    expect(await mailer.sendDigests()).toBe(1);
    const [digest] = await emailTo(address);
    expect(digest!.headers.get('subject')).toBe('Chorus: 2 new notifications');
    expect(digest!.text).toContain('Sam Specialist assigned the post “Morning post” to you');
    expect(digest!.text).toContain('Sam Specialist assigned the post “Evening post” to you');
    expect(digest!.text.indexOf('Morning post')).toBeLessThan(digest!.text.indexOf('Evening post'));
    expect(digest!.headers.get('list-unsubscribe')).toMatch(/unsubscribe\?token=/);
    expect(await emailStates(first)).toEqual(['sent']);
    expect(await mailer.sendDigests()).toBe(0);
    expect(smtp.received.filter((mail) => mail.to.includes(address))).toHaveLength(1);
  });

  it('emails approvals: the approver asked in their language, the submitter the outcome, and the approver a change after approval', async () => {
    const specialistId = await userIdOf(specialist);
    const flow = await createFlow(lead, brand, 'POST', [step('ANY', [{ userId: leadId }])]);
    const postId = await createDocument(specialist, brand, 'POST', 'Trà sen');
    const link = `${PUBLIC_URL}/w/${brand.workspaceId}/b/${brand.id}/d/${postId}`;
    const leadAddress = await addressOf(leadId);
    const specialistAddress = await addressOf(specialistId);
    const toLead = () => smtp.received.filter((mail) => mail.to.includes(leadAddress)).length;
    const before = toLead();

    const request = await submit(specialist, postId, flow.id);
    const asked = (await emailTo(leadAddress, before + 1)).at(-1)!;
    expect(asked.headers.get('subject')).toBe('Sam Specialist đề nghị bạn phê duyệt “Trà sen”');
    expect(asked.text).toContain(link);
    expect(asked.headers.get('list-unsubscribe')).toMatch(/unsubscribe\?token=/);

    await decide(lead, request);
    const [decided] = await emailTo(specialistAddress);
    expect(decided!.headers.get('subject')).toBe('Lea Lead decided on “Trà sen”');
    expect(decided!.text).toContain(link);

    await app
      .get(DocumentEditor)
      .change({ documentId: postId, workspaceId: brand.workspaceId, userId: specialistId }, (doc) =>
        postBody(doc).insert(0, 'Mới: '),
      );
    const changed = (await emailTo(leadAddress, before + 2)).at(-1)!;
    expect(changed.headers.get('subject')).toBe(
      'Sam Specialist đã sửa “Trà sen” sau khi bạn phê duyệt',
    );
    expect(changed.text).toContain(link);
  });
});
