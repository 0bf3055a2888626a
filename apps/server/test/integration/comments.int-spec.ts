import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { buildBrandTeam } from '../support/brand-actors.js';
import { Factories } from '../support/factories.js';
import { errorCode, type GraphQLClient } from '../support/graphql.js';
import { userIdOf } from '../support/notifications.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { createDocument } from './approvals-fixtures.js';
import {
  CREATE_THREAD,
  DELETE,
  EDIT,
  HIDE,
  REACT,
  REOPEN,
  RESOLVE,
  replyTo,
  startThread,
  threadsOf,
  type ThreadView,
} from './comments-fixtures.js';

/**
 * Comments as the team uses them: threads on a post, replies, edits with history, deleting
 * within the window, moderation, resolving, reactions, and what bad input gets (a 1 MB body,
 * hostile markup, broken anchors) — each refusal typed, with nothing stored.
 */
describe('comment threads', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;
  let brand: BrandEntity;
  let specialist: GraphQLClient;
  let moderator: GraphQLClient;
  let strategist: GraphQLClient;
  let postId: string;
  let planId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    factories = new Factories(app);
    const team = await buildBrandTeam(factories, [
      ['Sam Specialist', ['smm_specialist']],
      ['Mo Moderator', ['moderator']],
      ['Stella Strategist', ['strategist']],
    ]);
    brand = team.brand;
    [specialist, moderator, strategist] = team.clients as [
      GraphQLClient,
      GraphQLClient,
      GraphQLClient,
    ];
    postId = await createDocument(specialist, brand, 'POST', 'Launch post');
    planId = await createDocument(strategist, brand, 'MEDIA_PLAN', 'Q3 plan');
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('starts a team thread INTERNAL by default, with its author, and lists replies oldest first', async () => {
    const thread = await startThread(specialist, postId, 'Is the price right?');
    expect(thread).toMatchObject({
      visibility: 'INTERNAL',
      status: 'OPEN',
      commentCount: 1,
      anchor: { kind: 'POST', start: null, quote: null },
    });
    expect(thread.comments[0]).toMatchObject({
      body: 'Is the price right?',
      author: { name: 'Sam Specialist', guest: false },
      canEdit: true,
      canDelete: true,
    });
    await replyTo(moderator, thread.id, 'Yes, checked with finance.');
    const [listed] = (await threadsOf(strategist, postId)).filter((t) => t.id === thread.id);
    expect(listed!.comments.map((c) => c.body)).toEqual([
      'Is the price right?',
      'Yes, checked with finance.',
    ]);
    // Someone else's comment: neither editable nor deletable by the reader.
    expect(listed!.comments[0]).toMatchObject({ canEdit: false, canDelete: false });
  });

  it('keeps every earlier body when a comment is edited, and only its author may edit it', async () => {
    const thread = await startThread(specialist, postId, 'First wording');
    const commentId = thread.comments[0]!.id;
    const edited = await specialist.ok<{ editComment: ThreadView }>(EDIT, {
      i: { commentId, body: 'Second wording' },
    });
    expect(edited.editComment.comments[0]).toMatchObject({ body: 'Second wording' });
    expect(edited.editComment.comments[0]!.editedAt).not.toBeNull();
    await specialist.ok(EDIT, { i: { commentId, body: 'Third wording' } });
    const history = await factories.db.query<Array<{ previous_body: string }>>(
      'SELECT previous_body FROM comment_edits WHERE comment_id = $1 ORDER BY edited_at',
      [commentId],
    );
    expect(history.map((row) => row.previous_body)).toEqual(['First wording', 'Second wording']);
    const before = await factories.snapshot();
    const refused = await moderator.request(EDIT, { i: { commentId, body: 'Not mine' } });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(await factories.snapshot()).toBe(before);
  });

  it('deletes one’s own comment within 15 minutes, refuses later, and drops a thread with its last comment', async () => {
    const thread = await startThread(specialist, postId, 'Typo here');
    const reply = await replyTo(specialist, thread.id, 'Oops, wrong thread');
    const replyId = reply.comments[1]!.id;
    const afterDelete = await specialist.ok<{ deleteComment: ThreadView }>(DELETE, { id: replyId });
    expect(afterDelete.deleteComment.comments[1]).toMatchObject({
      deleted: true,
      body: '',
      canEdit: false,
      canDelete: false,
    });
    // Twenty minutes later the first comment can no longer be deleted (only hidden by a moderator).
    const firstId = thread.comments[0]!.id;
    await factories.db.query(
      `UPDATE comments SET created_at = now() - interval '20 minutes' WHERE id = $1`,
      [firstId],
    );
    const late = await specialist.request(DELETE, { id: firstId });
    expect(errorCode(late)).toBe('COMMENT_DELETE_WINDOW_CLOSED');
    expect(late.errors?.[0]?.extensions?.windowMinutes).toBe(15);

    const lonely = await startThread(specialist, postId, 'Never mind');
    const gone = await specialist.ok<{ deleteComment: ThreadView | null }>(DELETE, {
      id: lonely.comments[0]!.id,
    });
    expect(gone.deleteComment).toBeNull();
    expect((await threadsOf(specialist, postId)).some((t) => t.id === lonely.id)).toBe(false);
  });

  it('lets a moderator hide a comment with a reason: others see the reason, the moderator the text', async () => {
    const thread = await startThread(specialist, postId, 'Something rude');
    const commentId = thread.comments[0]!.id;
    const refused = await strategist.request(HIDE, { i: { commentId, reason: 'Rude' } });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const hidden = await moderator.ok<{ hideComment: ThreadView }>(HIDE, {
      i: { commentId, reason: 'Off-topic and rude' },
    });
    expect(hidden.hideComment.comments[0]).toMatchObject({
      hiddenReason: 'Off-topic and rude',
      body: 'Something rude',
    });
    const seen = (await threadsOf(specialist, postId)).find((t) => t.id === thread.id)!;
    expect(seen.comments[0]).toMatchObject({
      hiddenReason: 'Off-topic and rude',
      body: '',
      canEdit: false,
    });
    expect(errorCode(await specialist.request(EDIT, { i: { commentId, body: 'x' } }))).toBe(
      'COMMENT_GONE',
    );
  });

  it('resolves by the thread’s starter or a moderator, not by others; a reply opens it again', async () => {
    const thread = await startThread(specialist, postId, 'Ready to go?');
    expect(errorCode(await strategist.request(RESOLVE, { id: thread.id }))).toBe('FORBIDDEN');
    const resolved = await specialist.ok<{ resolveCommentThread: ThreadView }>(RESOLVE, {
      id: thread.id,
    });
    expect(resolved.resolveCommentThread).toMatchObject({
      status: 'RESOLVED',
      resolvedByName: 'Sam Specialist',
    });
    const reopened = await moderator.ok<{ reopenCommentThread: ThreadView }>(REOPEN, {
      id: thread.id,
    });
    expect(reopened.reopenCommentThread).toMatchObject({ status: 'OPEN', resolvedAt: null });
    await moderator.ok(RESOLVE, { id: thread.id });
    expect(await threadsOf(specialist, postId, { status: 'RESOLVED' })).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: thread.id })]),
    );
    const replied = await replyTo(strategist, thread.id, 'One more thing');
    expect(replied.status).toBe('OPEN');
  });

  it('counts one emoji per person and toggles it off; anything but a single emoji is refused', async () => {
    const thread = await startThread(specialist, postId, 'Love it');
    const commentId = thread.comments[0]!.id;
    await moderator.ok(REACT, { i: { commentId, emoji: '👍' } });
    const two = await strategist.ok<{ toggleCommentReaction: ThreadView }>(REACT, {
      i: { commentId, emoji: '👍' },
    });
    expect(two.toggleCommentReaction.comments[0]!.reactions).toEqual([
      { emoji: '👍', count: 2, mine: true },
    ]);
    for (const emoji of ['👨‍👩‍👧', '🇻🇳', '👍🏽']) {
      await strategist.ok(REACT, { i: { commentId, emoji } });
    }
    const off = await strategist.ok<{ toggleCommentReaction: ThreadView }>(REACT, {
      i: { commentId, emoji: '👍' },
    });
    expect(off.toggleCommentReaction.comments[0]!.reactions[0]).toEqual({
      emoji: '👍',
      count: 1,
      mine: false,
    });
    const before = await factories.snapshot();
    for (const emoji of ['ab', '👍👍', '<b>', '', '1']) {
      const refused = await strategist.request(REACT, { i: { commentId, emoji } });
      expect(errorCode(refused)).toBe('VALIDATION');
    }
    expect(await factories.snapshot()).toBe(before);
  });

  it('refuses a 1 MB comment (413 over HTTP; COMMENT_TOO_LONG past 10,000 characters) and stores nothing', async () => {
    const before = await factories.snapshot();
    const huge = await request(app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('cookie', specialist.cookie!)
      .send({
        query: CREATE_THREAD,
        variables: {
          i: { documentId: postId, anchor: { kind: 'POST' }, body: 'x'.repeat(1_048_576) },
        },
      });
    expect(huge.status).toBe(413);
    const long = await specialist.request(CREATE_THREAD, {
      i: { documentId: postId, anchor: { kind: 'POST' }, body: 'y'.repeat(10_001) },
    });
    expect(errorCode(long)).toBe('COMMENT_TOO_LONG');
    expect(long.errors?.[0]?.extensions?.limitCharacters).toBe(10_000);
    expect(await factories.snapshot()).toBe(before);
    const exact = await startThread(specialist, postId, 'z'.repeat(10_000));
    expect(exact.comments[0]!.body).toHaveLength(10_000);
  });

  it('stores hostile HTML and Markdown as the plain text it is', async () => {
    const hostile =
      '<img src=x onerror="alert(1)"><script>fetch("//evil")</script> [click](javascript:alert(1)) **bold** &amp; <b>';
    const thread = await startThread(specialist, postId, hostile);
    expect(thread.comments[0]!.body).toBe(hostile);
    const [row] = await factories.db.query<Array<{ body: string }>>(
      'SELECT body FROM comments WHERE id = $1',
      [thread.comments[0]!.id],
    );
    expect(row!.body).toBe(hostile);
  });

  it('checks anchors against their kind and the document, refusing broken ones with VALIDATION', async () => {
    const cell = await startThread(strategist, planId, 'Budget too low?', {
      anchor: { kind: 'CELL', rowId: 'row-1', period: '2026-07' },
    });
    expect(cell.anchor).toMatchObject({ kind: 'CELL', rowId: 'row-1', period: '2026-07' });
    const variant = await startThread(specialist, postId, 'Shorter for X', {
      anchor: { kind: 'VARIANT', network: 'x' },
    });
    expect(variant.anchor).toMatchObject({ kind: 'VARIANT', network: 'x' });
    const before = await factories.snapshot();
    const bad: Array<[string, Record<string, unknown>, string]> = [
      [planId, { kind: 'CELL', rowId: 'row-1' }, 'anchor.period'],
      [planId, { kind: 'POST' }, 'anchor.kind'],
      [postId, { kind: 'CELL', rowId: 'r', period: 'p' }, 'anchor.kind'],
      [postId, { kind: 'TEXT', end: 'AAAA', quote: 'x' }, 'anchor.start'],
      [
        postId,
        { kind: 'TEXT', start: 'AAAA', end: 'AAAA', quote: 'q'.repeat(501) },
        'anchor.quote',
      ],
      [postId, { kind: 'TEXT', start: '%%%', end: 'AAAA', quote: 'x' }, 'anchor.start'],
      [
        postId,
        { kind: 'TEXT', start: 'AAAA', end: 'AAAA', quote: 'x', field: 'nope' },
        'anchor.field',
      ],
      [postId, { kind: 'VARIANT', network: 'myspace' }, 'anchor.network'],
    ];
    for (const [documentId, anchor, field] of bad) {
      const result = await specialist.request(CREATE_THREAD, {
        i: { documentId, anchor, body: 'Here' },
      });
      expect([errorCode(result), result.errors?.[0]?.extensions?.field]).toEqual([
        'VALIDATION',
        field,
      ]);
    }
    expect(await factories.snapshot()).toBe(before);
  });

  it('filters the list: open, external, mine and the ones mentioning me', async () => {
    const doc = await createDocument(specialist, brand, 'POST', 'Filters');
    const moderatorId = await userIdOf(moderator);
    const mine = await startThread(specialist, doc, 'Mine');
    const external = await startThread(strategist, doc, 'For the client', {
      visibility: 'EXTERNAL',
    });
    const mention = await startThread(strategist, doc, 'Ask Mo', { mentions: [moderatorId] });
    await strategist.ok(RESOLVE, { id: mention.id });
    const ids = (threads: ThreadView[]) => threads.map((t) => t.id).sort();
    expect(ids(await threadsOf(specialist, doc, { mine: true }))).toEqual([mine.id]);
    expect(ids(await threadsOf(specialist, doc, { external: true }))).toEqual([external.id]);
    expect(ids(await threadsOf(moderator, doc, { mentions: true }))).toEqual([mention.id]);
    expect(ids(await threadsOf(specialist, doc, { status: 'OPEN' }))).toEqual(
      [mine.id, external.id].sort(),
    );
  });
});
