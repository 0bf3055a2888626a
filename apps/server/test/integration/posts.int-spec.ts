import type { NestExpressApplication } from '@nestjs/platform-express';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { buildBrandTeam } from '../support/brand-actors.js';
import { Factories } from '../support/factories.js';
import { errorCode, type GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { buildPostTargets, CREATE_POST, POST_FIELDS, type PostTargets } from './posts-fixtures.js';

interface Post {
  id: string;
  networks: string[];
  publishAt: string | null;
  publishAtLocal: string | null;
  format: string;
  category: { id: string; key: string | null } | null;
  promotional: boolean;
  promotionalOverride: boolean | null;
  goalId: string | null;
  mediaPlanId: string | null;
  mediaPlanRowId: string | null;
  assignee: { id: string; displayName: string } | null;
  status: string;
  nextStatuses: string[];
  archived: boolean;
  canEdit: boolean;
}
interface Payload {
  post: Post;
  publishTimeAdjustment: {
    kind: string;
    requested: string;
    resolved: string;
    offset: string;
    message: string;
  } | null;
}

const UPDATE = `mutation($i: UpdatePostInput!) { updatePost(input: $i) { post { ${POST_FIELDS} } } }`;
const MOVE = `mutation($i: MovePostInput!) { movePost(input: $i) {
  post { ${POST_FIELDS} } publishTimeAdjustment { kind requested resolved offset message } } }`;
const TRANSITION = `mutation($i: TransitionPostInput!) { transitionPost(input: $i) { post { ${POST_FIELDS} } } }`;

describe('post metadata', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;
  let brand: BrandEntity;
  let specialist: GraphQLClient;
  let moderator: GraphQLClient;
  let chiefExpert: GraphQLClient;
  let outsider: GraphQLClient;
  let targets: PostTargets;
  let specialistId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    factories = new Factories(app);
    const team = await buildBrandTeam(factories, [
      ['Sam Specialist', ['smm_specialist']],
      ['Mia Moderator', ['moderator']],
      ['Noa Expert', ['chief_expert']],
    ]);
    brand = team.brand;
    [specialist, moderator, chiefExpert] = team.clients as [
      GraphQLClient,
      GraphQLClient,
      GraphQLClient,
    ];
    outsider = team.outsider;
    await factories.db.query(`UPDATE brands SET time_zone = 'Europe/Berlin' WHERE id = $1`, [
      brand.id,
    ]);
    targets = await buildPostTargets(factories, brand, specialist);
    const me = await specialist.ok<{ me: { id: string } }>(`{ me { id } }`);
    specialistId = me.me.id;
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const category = (key: string) => targets.categories.find((c) => c.key === key)!.id;

  async function createPost(
    post: Record<string, unknown> = {},
    title = 'A post',
  ): Promise<Payload> {
    const data = await specialist.ok<{ createPost: Payload }>(CREATE_POST, {
      i: { brandId: brand.id, title, post },
    });
    return data.createPost;
  }

  async function events(
    postId: string,
  ): Promise<Array<{ type: string; data: Record<string, unknown> }>> {
    return factories.db.query(
      `SELECT type, data FROM events WHERE subject_type = 'post' AND subject_id = $1 ORDER BY occurred_at, id`,
      [postId],
    );
  }

  it('creates a post with every field of its metadata, in the brand’s time zone, and records post.created', async () => {
    const { post, publishTimeAdjustment } = await createPost({
      networks: ['INSTAGRAM', 'FACEBOOK', 'INSTAGRAM'],
      publishAt: '2026-07-14T09:30',
      format: 'CAROUSEL',
      categoryId: category('promotion'),
      goalId: targets.goalIds[0],
      mediaPlanRow: { mediaPlanId: targets.mediaPlanId, rowId: targets.rowIds[0] },
      assigneeId: specialistId,
    });
    expect(post).toMatchObject({
      networks: ['INSTAGRAM', 'FACEBOOK'],
      publishAt: '2026-07-14T07:30:00.000Z', // Berlin is UTC+2 in summer
      publishAtLocal: '2026-07-14T09:30',
      format: 'CAROUSEL',
      category: { key: 'promotion' },
      promotional: true, // from the category
      promotionalOverride: null,
      goalId: targets.goalIds[0],
      mediaPlanId: targets.mediaPlanId,
      mediaPlanRowId: targets.rowIds[0],
      assignee: { id: specialistId, displayName: 'Sam Specialist' },
      status: 'DRAFT',
      nextStatuses: ['READY', 'ARCHIVED'],
      canEdit: true,
    });
    expect(publishTimeAdjustment).toBeNull();
    const recorded = await events(post.id);
    expect(recorded.map((e) => e.type)).toEqual(['post.created']);
    expect(recorded[0]!.data).toMatchObject({ name: 'A post', publishAt: '2026-07-14T09:30' });
    const read = await moderator.ok<{ post: Post }>(
      `query($id: ID!) { post(id: $id) { ${POST_FIELDS} } }`,
      {
        id: post.id,
      },
    );
    expect(read.post).toMatchObject({ id: post.id, canEdit: false, promotional: true });
  });

  it('takes the metadata through createDocument’s post field too, and a duplicate copies it as a draft', async () => {
    const created = await specialist.ok<{ createDocument: { id: string } }>(
      `mutation($i: CreateDocumentInput!) { createDocument(input: $i) { id } }`,
      {
        i: {
          brandId: brand.id,
          kind: 'POST',
          title: 'Through documents',
          post: { networks: ['TIKTOK'], format: 'REEL', publishAt: '2026-07-15T18:00' },
        },
      },
    );
    const id = created.createDocument.id;
    await specialist.ok(TRANSITION, { i: { postId: id, to: 'READY' } });
    const copy = await specialist.ok<{ duplicateDocument: { id: string } }>(
      `mutation($i: DuplicateDocumentInput!) { duplicateDocument(input: $i) { id } }`,
      { i: { documentId: id, title: 'Copy' } },
    );
    const { post } = await specialist.ok<{ post: Post }>(
      `query($id: ID!) { post(id: $id) { ${POST_FIELDS} } }`,
      { id: copy.duplicateDocument.id },
    );
    expect(post).toMatchObject({
      networks: ['TIKTOK'],
      format: 'REEL',
      publishAtLocal: '2026-07-15T18:00',
      status: 'DRAFT',
    });
    // A post without metadata is a draft without a time.
    const bare = await specialist.ok<{ createDocument: { id: string } }>(
      `mutation($i: CreateDocumentInput!) { createDocument(input: $i) { id } }`,
      { i: { brandId: brand.id, kind: 'POST', title: 'Bare' } },
    );
    const bareRead = await specialist.ok<{ post: Post }>(
      `query($id: ID!) { post(id: $id) { ${POST_FIELDS} } }`,
      { id: bare.createDocument.id },
    );
    expect(bareRead.post).toMatchObject({
      status: 'DRAFT',
      publishAt: null,
      networks: [],
      format: 'TEXT',
    });
  });

  it('refuses bad metadata with a typed error naming the field and creates nothing', async () => {
    const other = await buildBrandTeam(factories, [['Other', ['lead']]]);
    const otherTargets = await buildPostTargets(factories, other.brand, other.clients[0]!);
    const stranger = await factories.buildUser();
    const before = await factories.snapshot();
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ categoryId: otherTargets.categories[0]!.id }, 'VALIDATION', 'post.categoryId'],
      [{ goalId: 'no-such-goal' }, 'VALIDATION', 'post.goalId'],
      [
        { mediaPlanRow: { mediaPlanId: targets.mediaPlanId, rowId: 'r-nope' } },
        'VALIDATION',
        'post.mediaPlanRow.rowId',
      ],
      [
        { mediaPlanRow: { mediaPlanId: otherTargets.mediaPlanId, rowId: otherTargets.rowIds[0] } },
        'NOT_FOUND',
        '',
      ],
      [{ assigneeId: stranger.id }, 'VALIDATION', 'post.assigneeId'],
      [{ publishAt: '2026-07-14T09:30+02:00' }, 'VALIDATION', 'post.publishAt'],
      [{ publishAt: '2026-02-30T09:30' }, 'VALIDATION', 'post.publishAt'],
    ];
    for (const [post, code, field] of cases) {
      const result = await specialist.request(CREATE_POST, {
        i: { brandId: brand.id, title: 'Bad', post },
      });
      expect([JSON.stringify(post), errorCode(result)]).toEqual([JSON.stringify(post), code]);
      if (field) expect(result.errors?.[0]?.extensions?.field).toBe(field);
    }
    expect(await factories.snapshot()).toBe(before);
  });

  it('changes metadata field by field: null clears, the promotional flag overrides the category and null follows it again', async () => {
    const { post } = await createPost({
      categoryId: category('expertise'),
      assigneeId: specialistId,
    });
    expect(post.promotional).toBe(false);
    const overridden = await chiefExpert.ok<{ updatePost: { post: Post } }>(UPDATE, {
      i: { postId: post.id, promotional: true, networks: ['X'], format: 'VIDEO' },
    });
    expect(overridden.updatePost.post).toMatchObject({
      promotional: true,
      promotionalOverride: true,
      networks: ['X'],
      format: 'VIDEO',
      category: { key: 'expertise' },
      assignee: { id: specialistId },
    });
    const cleared = await specialist.ok<{ updatePost: { post: Post } }>(UPDATE, {
      i: {
        postId: post.id,
        promotional: null,
        assigneeId: null,
        categoryId: category('promotion'),
      },
    });
    expect(cleared.updatePost.post).toMatchObject({
      promotional: true, // now from the promotion category
      promotionalOverride: null,
      assignee: null,
      networks: ['X'],
    });
    // An update that changes nothing records nothing.
    await specialist.ok(UPDATE, { i: { postId: post.id, networks: ['X'] } });
    const recorded = await events(post.id);
    expect(recorded.map((e) => e.type)).toEqual(['post.created', 'post.updated', 'post.updated']);
    expect(recorded[1]!.data.fields).toEqual(['networks', 'format', 'promotional']);
    // Moderators read; they do not write. Outsiders do not even see it.
    expect(
      errorCode(await moderator.request(UPDATE, { i: { postId: post.id, format: 'TEXT' } })),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(await outsider.request(UPDATE, { i: { postId: post.id, format: 'TEXT' } })),
    ).toBe('NOT_FOUND');
  });

  it('walks the status machine and refuses every other transition with INVALID_TRANSITION, changing nothing', async () => {
    const { post } = await createPost();
    const transition = (to: string) =>
      specialist.request<{ transitionPost: { post: Post } }>(TRANSITION, {
        i: { postId: post.id, to },
      });

    const skip = await transition('PUBLISHED');
    expect(errorCode(skip)).toBe('INVALID_TRANSITION');
    expect(skip.errors?.[0]?.extensions).toMatchObject({
      from: 'draft',
      to: 'published',
      allowed: ['ready', 'archived'],
    });
    expect((await transition('READY')).data?.transitionPost.post.status).toBe('READY');
    // Scheduling needs a publish time.
    const noTime = await transition('SCHEDULED');
    expect(errorCode(noTime)).toBe('INVALID_TRANSITION');
    expect(noTime.errors?.[0]?.message).toMatch(/publish time/);
    await specialist.ok(MOVE, { i: { postId: post.id, publishAt: '2026-08-01T10:00' } });
    expect((await transition('SCHEDULED')).data?.transitionPost.post.status).toBe('SCHEDULED');
    // A scheduled post keeps its time.
    expect(
      errorCode(await specialist.request(MOVE, { i: { postId: post.id, publishAt: null } })),
    ).toBe('VALIDATION');
    expect((await transition('PUBLISHED')).data?.transitionPost.post.nextStatuses).toEqual([
      'ARCHIVED',
    ]);
    const back = await transition('DRAFT');
    expect(errorCode(back)).toBe('INVALID_TRANSITION');
    expect(errorCode(await transition('PUBLISHED'))).toBe('INVALID_TRANSITION');
    const before = await events(post.id);
    expect(
      before
        .filter((e) => e.type === 'post.status_changed')
        .map((e) => [e.data.before, e.data.after]),
    ).toEqual([
      ['draft', 'ready'],
      ['ready', 'scheduled'],
      ['scheduled', 'published'],
    ]);
    // Archived: moves and changes are refused until it is restored to a draft.
    await transition('ARCHIVED');
    expect(
      errorCode(
        await specialist.request(MOVE, { i: { postId: post.id, publishAt: '2026-08-02T10:00' } }),
      ),
    ).toBe('POST_ARCHIVED');
    expect(
      errorCode(await specialist.request(UPDATE, { i: { postId: post.id, format: 'IMAGE' } })),
    ).toBe('POST_ARCHIVED');
    expect((await transition('DRAFT')).data?.transitionPost.post).toMatchObject({
      status: 'DRAFT',
      archived: false,
    });
    const { post: now } = await specialist.ok<{ post: Post }>(
      `query($id: ID!) { post(id: $id) { ${POST_FIELDS} } }`,
      { id: post.id },
    );
    expect(now).toMatchObject({ publishAtLocal: '2026-08-01T10:00', format: 'TEXT' });
    // Moderators may not move a post along.
    expect(
      errorCode(await moderator.request(TRANSITION, { i: { postId: post.id, to: 'READY' } })),
    ).toBe('FORBIDDEN');
  });

  it('refuses to move a post whose document is archived, and a mover without rights', async () => {
    const { post } = await createPost({ publishAt: '2026-09-01T09:00' });
    expect(
      errorCode(
        await moderator.request(MOVE, { i: { postId: post.id, publishAt: '2026-09-02T09:00' } }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await outsider.request(MOVE, { i: { postId: post.id, publishAt: '2026-09-02T09:00' } }),
      ),
    ).toBe('NOT_FOUND');
    await specialist.ok(`mutation($id: ID!) { archiveDocument(documentId: $id) { id } }`, {
      id: post.id,
    });
    const refused = await specialist.request(MOVE, {
      i: { postId: post.id, publishAt: '2026-09-02T09:00' },
    });
    expect(errorCode(refused)).toBe('POST_ARCHIVED');
    const { post: still } = await specialist.ok<{ post: Post }>(
      `query($id: ID!) { post(id: $id) { ${POST_FIELDS} } }`,
      { id: post.id },
    );
    expect(still).toMatchObject({
      publishAtLocal: '2026-09-01T09:00',
      archived: true,
      canEdit: false,
      nextStatuses: [],
    });
    expect((await events(post.id)).map((e) => e.type)).toEqual(['post.created']);
  });

  it('resolves a local time in a DST gap forward and one in an overlap to the earlier instant, and says so', async () => {
    // Europe/Berlin: 2026-03-29 02:00 → 03:00 (gap); 2026-10-25 03:00 → 02:00 (overlap).
    const gap = await createPost({ publishAt: '2026-03-29T02:30' });
    expect(gap.post).toMatchObject({
      publishAt: '2026-03-29T01:30:00.000Z',
      publishAtLocal: '2026-03-29T03:30',
    });
    expect(gap.publishTimeAdjustment).toMatchObject({
      kind: 'GAP',
      requested: '2026-03-29T02:30',
      resolved: '2026-03-29T03:30',
      offset: '+02:00',
    });
    const moved = await specialist.ok<{ movePost: Payload }>(MOVE, {
      i: { postId: gap.post.id, publishAt: '2026-10-25T02:30' },
    });
    expect(moved.movePost.post).toMatchObject({
      publishAt: '2026-10-25T00:30:00.000Z',
      publishAtLocal: '2026-10-25T02:30',
    });
    expect(moved.movePost.publishTimeAdjustment).toMatchObject({
      kind: 'OVERLAP',
      offset: '+02:00',
    });
    expect(moved.movePost.publishTimeAdjustment!.message).toMatch(/happens twice/);
    const plain = await specialist.ok<{ movePost: Payload }>(MOVE, {
      i: { postId: gap.post.id, publishAt: '2026-10-25T03:30' },
    });
    expect(plain.movePost.post.publishAt).toBe('2026-10-25T02:30:00.000Z');
    expect(plain.movePost.publishTimeAdjustment).toBeNull();
    const moves = (await events(gap.post.id)).filter((e) => e.type === 'post.moved');
    expect(moves.map((e) => [e.data.before, e.data.after, e.data.adjusted ?? null])).toEqual([
      ['2026-03-29T03:30', '2026-10-25T02:30', 'overlap'],
      ['2026-10-25T02:30', '2026-10-25T03:30', null],
    ]);
  });
});
