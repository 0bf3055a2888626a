import type { Action } from '@chorus/permissions';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import {
  BRAND_ACTORS,
  buildBrandActors,
  expectedRefusal,
  type BrandActor,
} from '../support/brand-actors.js';
import { Factories } from '../support/factories.js';
import { errorCode, type GraphQLClient, type GraphQLResult } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { createDocument } from './approvals-fixtures.js';
import {
  codeOf,
  commentServices,
  CREATE_THREAD,
  DELETE,
  EDIT,
  guestOn,
  HIDE,
  POST_ANCHOR,
  REACT,
  REOPEN,
  REPLY,
  RESOLVE,
  startThread,
  TEMPLATES,
  THREADS,
  THREAD_PAGE,
  THREAD_PREVIEWS,
  ONE_THREAD,
  WHOLE_POST,
} from './comments-fixtures.js';

/**
 * Every comment operation as every kind of caller, against THE matrix (the document's read
 * action, comment.create, comment.moderate): allowed calls succeed; refused ones answer
 * UNAUTHENTICATED, NOT_FOUND or FORBIDDEN and change nothing. Guests (the three link
 * capabilities) are built by hand and call the services, as the resolvers do for them.
 */
describe('comments, per role', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;
  let brand: BrandEntity;
  let clients: Map<BrandActor, GraphQLClient>;
  let owner: GraphQLClient;
  let postId: string;
  let ownerThreadId: string;
  let ownerCommentId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    factories = new Factories(app);
    ({ brand, clients } = await buildBrandActors(factories));
    owner = clients.get('owner')!;
    postId = await createDocument(owner, brand, 'POST', 'Per-role post');
    const thread = await startThread(owner, postId, 'The owner asks', { visibility: 'EXTERNAL' });
    ownerThreadId = thread.id;
    ownerCommentId = thread.comments[0]!.id;
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  async function expectOutcome(result: GraphQLResult, code: string | null, before?: string) {
    if (code === null) {
      expect(result.errors).toBeUndefined();
    } else {
      expect(errorCode(result)).toBe(code);
      if (before) expect(await factories.snapshot()).toBe(before);
    }
  }

  const cases: Array<[string, Action]> = [
    ['reads threads', 'post.read'],
    ['reads a page of threads', 'post.read'],
    ['reads the thread previews', 'post.read'],
    ['reads one thread', 'post.read'],
    ['starts a thread', 'comment.create'],
    ['replies', 'comment.create'],
    ['reacts', 'comment.create'],
    ['hides a comment', 'comment.moderate'],
    ['reads the reply templates', 'comment.moderate'],
  ];

  describe.each(BRAND_ACTORS)('%s', (actor) => {
    it.each(cases)('%s as the matrix says', async (_name, action) => {
      const client = clients.get(actor)!;
      const expected = expectedRefusal(actor, action);
      const before = await factories.snapshot();
      let result: GraphQLResult;
      switch (_name) {
        case 'reads threads':
          result = await client.request(THREADS, { d: postId });
          break;
        case 'reads a page of threads':
          result = await client.request(THREAD_PAGE, { d: postId, n: 5, a: null });
          break;
        case 'reads the thread previews':
          result = await client.request(THREAD_PREVIEWS, { d: postId });
          break;
        case 'reads one thread':
          result = await client.request(ONE_THREAD, { id: ownerThreadId });
          break;
        case 'starts a thread':
          result = await client.request(CREATE_THREAD, {
            i: { documentId: postId, anchor: POST_ANCHOR, body: `From ${actor}` },
          });
          break;
        case 'replies':
          result = await client.request(REPLY, {
            i: { threadId: ownerThreadId, body: `Re ${actor}` },
          });
          break;
        case 'reacts':
          result = await client.request(REACT, { i: { commentId: ownerCommentId, emoji: '🎉' } });
          break;
        case 'hides a comment': {
          // A comment of its own thread each time, so every allowed hide really hides.
          const id = (await startThread(owner, postId, 'To hide')).comments[0]!.id;
          const snapshot = await factories.snapshot();
          result = await client.request(HIDE, { i: { commentId: id, reason: 'Spam' } });
          await expectOutcome(result, expected, snapshot);
          return;
        }
        default:
          result = await client.request(TEMPLATES, { d: postId });
      }
      await expectOutcome(result, expected, before);
    });

    it('edits and deletes only its own comments; resolves as starter or moderator', async () => {
      const client = clients.get(actor)!;
      const canComment = expectedRefusal(actor, 'comment.create') === null;
      const before = await factories.snapshot();
      if (canComment) {
        const own = await startThread(client, postId, `Own by ${actor}`);
        const id = own.comments[0]!.id;
        await expectOutcome(
          await client.request(EDIT, { i: { commentId: id, body: 'Edited' } }),
          null,
        );
        await expectOutcome(await client.request(RESOLVE, { id: own.id }), null);
        await expectOutcome(await client.request(REOPEN, { id: own.id }), null);
        await expectOutcome(await client.request(DELETE, { id }), null);
      }
      const others =
        actor === 'owner'
          ? null
          : (expectedRefusal(actor, 'comment.create', 'FORBIDDEN') ?? 'FORBIDDEN');
      const snapshot = await factories.snapshot();
      if (others) {
        await expectOutcome(
          await client.request(EDIT, { i: { commentId: ownerCommentId, body: 'Not mine' } }),
          others,
          snapshot,
        );
        await expectOutcome(await client.request(DELETE, { id: ownerCommentId }), others, snapshot);
      }
      // The owner's thread: the owner started it; otherwise only moderators resolve it.
      const resolve = actor === 'owner' ? null : expectedRefusal(actor, 'comment.moderate');
      const outcome = await client.request(RESOLVE, { id: ownerThreadId });
      await expectOutcome(outcome, resolve, resolve ? await factories.snapshot() : undefined);
      if (resolve === null) await owner.ok(REOPEN, { id: ownerThreadId });
      if (!canComment) expect(await factories.snapshot()).toBe(before);
    });
  });

  describe.each(['view', 'comment', 'approve'] as const)(
    'a guest holding a %s link',
    (capability) => {
      const mayComment = capability !== 'view';

      it('reads external threads, writes external ones only if the link comments, never moderates', async () => {
        const { threads, comments } = commentServices(app);
        const guest = guestOn(brand.id, postId, capability);
        const listed = await threads.list(guest, postId, null);
        expect(listed.every((thread) => thread.visibility === 'external')).toBe(true);
        expect(listed.some((thread) => thread.id === ownerThreadId)).toBe(true);
        const page = await threads.page(guest, postId, null, 100, null);
        expect(page.threads.map((thread) => thread.id)).toEqual(listed.map((t) => t.id));
        const previews = await threads.previews(guest, postId);
        expect(previews.map((thread) => thread.id)).toEqual(listed.map((t) => t.id));
        expect((await threads.one(guest, ownerThreadId)).id).toBe(ownerThreadId);

        const before = await factories.snapshot();
        const internal = {
          documentId: postId,
          anchor: WHOLE_POST,
          body: 'Hi',
          visibility: 'internal',
        };
        expect(await codeOf(() => threads.create(guest, internal))).toBe('FORBIDDEN');
        expect(await factories.snapshot()).toBe(before);
        const created = () => threads.create(guest, { ...internal, visibility: null });
        const reply = () => threads.reply(guest, { threadId: ownerThreadId, body: 'Guest reply' });
        const react = () =>
          comments.toggleReaction(guest, { commentId: ownerCommentId, emoji: '👀' });
        for (const call of [created, reply, react]) {
          expect(await codeOf(call)).toBe(mayComment ? null : 'FORBIDDEN');
        }
        const moderation: Array<() => Promise<unknown>> = [
          () => comments.hide(guest, { commentId: ownerCommentId, reason: 'No' }),
          () => threads.setStatus(guest, ownerThreadId, 'resolved'),
          () => threads.replyTemplates(guest, postId),
          () => comments.edit(guest, { commentId: ownerCommentId, body: 'Mine now' }),
          () => comments.delete(guest, ownerCommentId),
        ];
        const snapshot = await factories.snapshot();
        for (const call of moderation) expect(await codeOf(call)).toBe('FORBIDDEN');
        expect(await factories.snapshot()).toBe(snapshot);
      });

      it('edits and deletes its own comments (recognised by its guest session), not another guest’s', async () => {
        if (!mayComment) return;
        const { threads, comments } = commentServices(app);
        const guest = guestOn(brand.id, postId, capability, 'Client An');
        const thread = await threads.create(guest, {
          documentId: postId,
          anchor: WHOLE_POST,
          body: 'Can we change the photo?',
        });
        expect(thread).toMatchObject({ visibility: 'external' });
        expect(thread.comments[0]).toMatchObject({
          author: { userId: null, name: 'Client An', guest: true },
          canEdit: true,
          canDelete: true,
        });
        const commentId = thread.comments[0]!.id;
        const other = guestOn(brand.id, postId, capability, 'Someone else');
        expect(await codeOf(() => comments.edit(other, { commentId, body: 'Hijack' }))).toBe(
          'FORBIDDEN',
        );
        const edited = await comments.edit(guest, {
          commentId,
          body: 'Can we change the cover photo?',
        });
        expect(edited.comments[0]!.body).toBe('Can we change the cover photo?');
        expect(await comments.delete(guest, commentId)).toBeNull();
      });

      it('is NOT_FOUND on a document its link does not cover', async () => {
        const { threads } = commentServices(app);
        const elsewhere = guestOn(brand.id, await createDocument(owner, brand, 'POST'), capability);
        expect(await codeOf(() => threads.list(elsewhere, postId, null))).toBe('NOT_FOUND');
        expect(
          await codeOf(() => threads.reply(elsewhere, { threadId: ownerThreadId, body: 'Hi' })),
        ).toBe('NOT_FOUND');
      });
    },
  );
});
