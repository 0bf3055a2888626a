import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { OpenThreadCounts } from '../../src/modules/comments/open-thread-counts.js';
import { countStatements } from '../../src/platform/database/index.js';
import { buildBrandTeam } from '../support/brand-actors.js';
import { eventually } from '../support/events.js';
import { Factories } from '../support/factories.js';
import { errorCode, type GraphQLClient } from '../support/graphql.js';
import { userIdOf } from '../support/notifications.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { createDocument } from './approvals-fixtures.js';
import {
  commentServices,
  guestOn,
  ONE_THREAD,
  REACT,
  RESOLVE,
  replyTo,
  startThread,
  TEMPLATES,
  THREAD_PAGE,
  THREAD_PREVIEWS,
  THREADS,
  threadsOf,
  type ThreadView,
  WHOLE_POST,
} from './comments-fixtures.js';
import { createPostAs } from './posts-fixtures.js';
import { englishGuide, saveGuide } from './tone-fixtures.js';
import type { BrandEntity } from '../../src/modules/brands/index.js';

const DOCUMENTS = `query($b: ID!) { documents(brandId: $b) { id title openThreadCount } }`;
const DOCUMENTS_PLAIN = `query($b: ID!) { documents(brandId: $b) { id title } }`;
const CALENDAR = `query($b: ID!) { calendarPosts(brandId: $b, from: "2026-05-01", to: "2026-06-01") {
  posts { id title openThreadCount } } }`;
const CALENDAR_PLAIN = `query($b: ID!) { calendarPosts(brandId: $b, from: "2026-05-01", to: "2026-06-01") {
  posts { id title } } }`;

/**
 * Reading comments at scale and around them: the thread list in at most three statements
 * whatever the number of threads, open-thread counts on documents and calendar posts in one
 * more statement per list, escalation topics routed to the chief experts, and the brand's
 * reply templates for moderators.
 */
describe('comment lists, counts, escalation and templates', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;
  let brand: BrandEntity;
  let specialist: GraphQLClient;
  let moderator: GraphQLClient;
  let expert: GraphQLClient;
  let owner: GraphQLClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    factories = new Factories(app);
    const team = await buildBrandTeam(factories, [
      ['Sam Specialist', ['smm_specialist']],
      ['Mo Moderator', ['moderator']],
      ['Noa Expert', ['chief_expert']],
    ]);
    brand = team.brand;
    owner = team.owner;
    [specialist, moderator, expert] = team.clients as [GraphQLClient, GraphQLClient, GraphQLClient];
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  /** Statements the request itself sends (not the session's once-a-minute stamp). */
  async function statements(
    client: GraphQLClient,
    query: string,
    variables: Record<string, unknown>,
  ) {
    await client.ok(query, variables);
    const counter = countStatements(app.get(DataSource), app.getHttpServer());
    try {
      await client.ok(query, variables);
      return counter.statements.filter((sql) => !/^\s*UPDATE "sessions"/i.test(sql)).length;
    } finally {
      counter.stop();
    }
  }

  async function busyDocument(threads: number): Promise<string> {
    const documentId = await createDocument(specialist, brand, 'POST');
    const moderatorId = await userIdOf(moderator);
    for (let i = 0; i < threads; i += 1) {
      const thread = await startThread(specialist, documentId, `Thread ${i}`, {
        visibility: i % 2 ? 'EXTERNAL' : 'INTERNAL',
        mentions: i % 3 === 0 ? [moderatorId] : null,
      });
      const replied = await replyTo(moderator, thread.id, `Reply ${i}`);
      await moderator.ok(REACT, { i: { commentId: replied.comments[1]!.id, emoji: '👍' } });
    }
    return documentId;
  }

  it('lists threads with their comments, reactions and mentions in at most 3 statements, for 3 or 30 threads', async () => {
    const few = await busyDocument(3);
    const many = await busyDocument(30);
    const fewCount = await statements(specialist, THREADS, { d: few });
    const manyCount = await statements(specialist, THREADS, { d: many });
    expect(manyCount).toBe(fewCount);
    expect(manyCount).toBeLessThanOrEqual(3);
    const listed = await specialist.ok<{
      commentThreads: Array<{ commentCount: number; comments: Array<{ reactions: unknown[] }> }>;
    }>(THREADS, { d: many });
    expect(listed.commentThreads).toHaveLength(30);
    expect(listed.commentThreads.every((thread) => thread.commentCount === 2)).toBe(true);
    expect(listed.commentThreads[0]!.comments[1]!.reactions).toEqual([
      { emoji: '👍', count: 1, mine: false },
    ]);
  });

  it('pages the list by a cursor: every thread once, in the full list’s order, ties included, in the same statements', async () => {
    const documentId = await busyDocument(7);
    // Two threads share one activity time to the microsecond: the cursor must still part them.
    await factories.db.query(
      `UPDATE comment_threads SET last_activity_at = '2026-03-01 10:00:00.123456+00'
        WHERE id IN (SELECT id FROM comment_threads WHERE document_id = $1 ORDER BY id LIMIT 3)`,
      [documentId],
    );
    const whole = (await threadsOf(specialist, documentId)).map((thread) => thread.id);
    const seen: string[] = [];
    let after: string | null = null;
    const sizes: number[] = [];
    do {
      const result: { commentThreadPage: { threads: ThreadView[]; nextCursor: string | null } } =
        await specialist.ok(THREAD_PAGE, { d: documentId, n: 3, a: after });
      sizes.push(result.commentThreadPage.threads.length);
      seen.push(...result.commentThreadPage.threads.map((thread) => thread.id));
      expect(result.commentThreadPage.threads.every((t) => t.comments.length === 2)).toBe(true);
      after = result.commentThreadPage.nextCursor;
    } while (after !== null);
    expect(sizes).toEqual([3, 3, 1]);
    expect(seen).toEqual(whole);

    const first = await specialist.ok<{ commentThreadPage: { nextCursor: string } }>(THREAD_PAGE, {
      d: documentId,
      n: 3,
      a: null,
    });
    const cursor = first.commentThreadPage.nextCursor;
    expect(await statements(specialist, THREAD_PAGE, { d: documentId, n: 3, a: cursor })).toBe(
      await statements(specialist, THREADS, { d: documentId }),
    );
    // A filter pages too: only the external threads, two by two.
    const external = await specialist.ok<{ commentThreadPage: { threads: ThreadView[] } }>(
      THREAD_PAGE,
      { d: documentId, f: { external: true }, n: 2, a: null },
    );
    expect(external.commentThreadPage.threads.map((t) => t.visibility)).toEqual([
      'EXTERNAL',
      'EXTERNAL',
    ]);
  });

  it('refuses a page size out of 1–100 and a cursor it did not make (VALIDATION)', async () => {
    const documentId = await busyDocument(1);
    const bad: Array<[number | null, string | null, string]> = [
      [0, null, 'first'],
      [101, null, 'first'],
      [5, 'not-a-cursor', 'after'],
      [5, Buffer.from('["yesterday","x"]').toString('base64url'), 'after'],
      [
        5,
        Buffer.from(JSON.stringify(['2026-01-01', 'f'.repeat(36)])).toString('base64url'),
        'after',
      ],
    ];
    for (const [n, a, field] of bad) {
      const result = await specialist.request(THREAD_PAGE, { d: documentId, n, a });
      expect(errorCode(result)).toBe('VALIDATION');
      expect(JSON.stringify(result.errors)).toContain(field);
    }
  });

  it('previews every thread with its first comment and whole count, and reads one thread whole', async () => {
    const documentId = await busyDocument(4);
    const whole = await threadsOf(specialist, documentId);
    const previews = await specialist.ok<{
      commentThreadPreviews: Array<{
        id: string;
        commentCount: number;
        firstComment: { id: string; body: string } | null;
      }>;
    }>(THREAD_PREVIEWS, { d: documentId });
    expect(previews.commentThreadPreviews.map((thread) => thread.id)).toEqual(
      whole.map((thread) => thread.id),
    );
    for (const [i, preview] of previews.commentThreadPreviews.entries()) {
      expect(preview.commentCount).toBe(2);
      expect(preview.firstComment?.id).toBe(whole[i]!.comments[0]!.id);
    }
    expect(await statements(specialist, THREAD_PREVIEWS, { d: documentId })).toBeLessThanOrEqual(3);
    const one = await specialist.ok<{ commentThread: ThreadView }>(ONE_THREAD, {
      id: whole[1]!.id,
    });
    expect(one.commentThread).toEqual(whole[1]);
    const missing = await specialist.request(ONE_THREAD, {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(errorCode(missing)).toBe('NOT_FOUND');
  });

  it('counts open threads on documents and calendar posts with one more statement per list', async () => {
    const posts: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      posts.push(
        await createPostAs(specialist, brand, `May ${i}`, { publishAt: `2026-05-1${i}T09:00` }),
      );
    }
    await startThread(specialist, posts[0]!, 'Open internal');
    await startThread(specialist, posts[0]!, 'Open external', { visibility: 'EXTERNAL' });
    const resolved = await startThread(specialist, posts[0]!, 'Done');
    await specialist.ok(RESOLVE, { id: resolved.id });
    await startThread(specialist, posts[2]!, 'Another');

    const calendar = await specialist.ok<{
      calendarPosts: { posts: Array<{ id: string; openThreadCount: number }> };
    }>(CALENDAR, { b: brand.id });
    const counts = new Map(
      calendar.calendarPosts.posts.map((post) => [post.id, post.openThreadCount]),
    );
    expect(posts.map((id) => counts.get(id))).toEqual([2, 0, 1, 0]);
    const documents = await specialist.ok<{
      documents: Array<{ id: string; openThreadCount: number }>;
    }>(DOCUMENTS, { b: brand.id });
    expect(documents.documents.find((d) => d.id === posts[0])!.openThreadCount).toBe(2);

    expect(await statements(specialist, CALENDAR, { b: brand.id })).toBe(
      (await statements(specialist, CALENDAR_PLAIN, { b: brand.id })) + 1,
    );
    expect(await statements(specialist, DOCUMENTS, { b: brand.id })).toBe(
      (await statements(specialist, DOCUMENTS_PLAIN, { b: brand.id })) + 1,
    );
    // A guest counts only the external threads it may see.
    const guest = guestOn(brand.id, posts[0]!, 'view');
    expect(await app.get(OpenThreadCounts, { strict: false }).of(guest, posts[0]!)).toBe(1);
  });

  it('marks a thread whose comment touches an escalation topic and tells the chief experts', async () => {
    await saveGuide(
      owner,
      brand,
      englishGuide({
        escalation: [
          {
            id: 'refund',
            severity: 'required',
            name: 'Refunds',
            language: 'all',
            terms: ['refund'],
          },
        ],
        templates: [
          {
            id: 'sorry',
            name: 'Apology',
            language: 'en',
            body: 'Dear {{name}}, we are sorry and will call you today.',
            variables: [{ name: 'name', required: true, description: 'The client' }],
          },
        ],
      }),
      null,
    );
    const postId = await createDocument(specialist, brand, 'POST', 'Refund post');
    const { threads } = commentServices(app);
    const guest = guestOn(brand.id, postId, 'comment');
    const thread = await threads.create(guest, {
      documentId: postId,
      anchor: WHOLE_POST,
      body: 'I want a refund for the last campaign.',
    });
    expect(thread.escalationTopics).toEqual(['refund']);
    const expertId = await userIdOf(expert);
    const rows = await eventually(async () => {
      const found = await factories.db.query<Array<{ user_id: string }>>(
        `SELECT user_id FROM notifications WHERE document_id = $1 AND kind = 'comment_escalated'`,
        [postId],
      );
      return found.length > 0 ? found : undefined;
    }, 30_000);
    expect(rows.map((row) => row.user_id)).toEqual([expertId]);

    const templates = await moderator.ok<{ commentReplyTemplates: unknown[] }>(TEMPLATES, {
      d: postId,
    });
    expect(templates.commentReplyTemplates).toEqual([
      {
        id: 'sorry',
        name: 'Apology',
        language: 'en',
        body: 'Dear {{name}}, we are sorry and will call you today.',
        variables: [{ name: 'name', required: true, description: 'The client' }],
      },
    ]);
    expect(errorCode(await specialist.request(TEMPLATES, { d: postId }))).toBe('FORBIDDEN');
  });
});
