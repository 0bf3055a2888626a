import { addRow, initPlan, setCell } from '@chorus/media-plan-model';
import { can } from '@chorus/permissions';
import type { NestExpressApplication } from '@nestjs/platform-express';
import * as Y from 'yjs';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { BRAND_ACTORS, rolesOf } from '../support/brand-actors.js';
import { contentMixOf, mixQuery, type MixAnswer } from '../support/content-mix.js';
import { Factories } from '../support/factories.js';
import { errorCode } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { brandWithTargets, createPostAs as create } from './posts-fixtures.js';

const MIX = mixQuery(`plannedVsDone { mediaPlanId mediaPlanTitle rowId channel activity network
      matchedBy weeks { start end planned done } months { start end planned done } }`);
const UPDATE = `mutation($i: UpdatePostInput!) { updatePost(input: $i) { post { id promotional } } }`;

interface Planned {
  start: string;
  end: string;
  planned: number;
  done: number;
}
interface PlannedVsDone {
  plannedVsDone: Array<{
    mediaPlanId: string;
    mediaPlanTitle: string;
    rowId: string;
    channel: string;
    activity: string;
    network: string | null;
    matchedBy: string;
    weeks: Planned[];
    months: Planned[];
  }>;
}
type Mix = MixAnswer<PlannedVsDone>;

/** A media plan for March–April 2026 (months) with owned, paid and earned rows. */
type RowName = 'instagram' | 'telegram' | 'newsletter' | 'ads';

function planState(): { state: Uint8Array; rows: Record<RowName, string> } {
  const doc = new Y.Doc();
  try {
    initPlan(doc, {
      flightStart: '2026-03-01',
      flightEnd: '2026-04-30',
      granularity: 'month',
      currency: 'EUR',
    });
    const add = (name: RowName, block: 'OWNED' | 'PAID', channel: string, march: number) => {
      const id = addRow(doc, block, { channel, activity: `${name} activity` });
      setCell(doc, id, '2026-03', { quantity: march });
      setCell(doc, id, '2026-04', { quantity: 30 });
      return id;
    };
    const rows = {
      instagram: add('instagram', 'OWNED', 'Instagram', 12),
      telegram: add('telegram', 'OWNED', 'Telegram channel', 4),
      newsletter: add('newsletter', 'OWNED', 'Newsletter', 2),
      ads: add('ads', 'PAID', 'Instagram', 100),
    };
    return { state: Y.encodeStateAsUpdate(doc), rows };
  } finally {
    doc.destroy();
  }
}

describe('the content mix beside the calendar', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    factories = new Factories(app);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  async function savePlan(brand: BrandEntity, title: string) {
    const { state, rows } = planState();
    const document = await factories.buildDocumentWithState(brand, 'media_plan', title, state);
    return { id: document.id, rows };
  }

  it('passes the cap with the third promotional post of ten in a week, and splits by category and network', async () => {
    const { brand, owner, targets } = await brandWithTargets(factories, 'Europe/Kyiv');
    const fun = targets.categories.find((c) => c.key === 'entertainment')!.id;
    const promo = targets.categories.find((c) => c.key === 'promotion')!.id;
    const ids: string[] = [];
    // The week of Monday 2026-06-08: ten posts, two of them promotional (20 %: at the cap).
    for (let i = 0; i < 10; i += 1) {
      ids.push(
        await create(owner, brand, `Post ${i}`, {
          publishAt: `2026-06-${String(8 + (i % 7)).padStart(2, '0')}T09:00`,
          categoryId: i < 2 ? promo : fun,
          networks: i < 4 ? ['INSTAGRAM', 'TELEGRAM'] : ['INSTAGRAM'],
        }),
      );
    }
    const mix = () => contentMixOf<PlannedVsDone>(owner, MIX, brand.id, '2026-06-08', '2026-06-15');

    let answer = await mix();
    expect(answer.weeks[0]).toMatchObject({
      start: '2026-06-08',
      total: 10,
      promotional: 2,
      promotionalPercent: 20,
      capExceeded: false,
      headroom: 0,
    });
    expect(answer.weeks[0]!.byCategory).toEqual([
      { name: 'Entertainment', count: 8 },
      { name: 'Promotion / sales', count: 2 },
    ]);
    expect(answer.weeks[0]!.byNetwork).toEqual([
      { network: 'INSTAGRAM', count: 10 },
      { network: 'TELEGRAM', count: 4 },
    ]);

    // The third promotional post of ten: 30 % > 20 %.
    await owner.ok(UPDATE, { i: { postId: ids[9], promotional: true } });
    answer = await mix();
    expect(answer.weeks[0]).toMatchObject({
      total: 10,
      promotional: 3,
      promotionalPercent: 30,
      capExceeded: true,
    });
    expect(answer.months[0]).toMatchObject({ start: '2026-06-01', promotional: 3 });
    // No media plan touches June: nothing planned.
    expect(answer.plannedVsDone).toEqual([]);
  }, 120_000);

  it('sets the owned rows of the media plan against the posts on the calendar', async () => {
    const { brand, owner } = await brandWithTargets(factories, 'Asia/Bangkok');
    const plan = await savePlan(brand, 'Spring plan');
    // Nine Instagram posts in March, none linked to a row: the Instagram row counts them.
    for (let i = 0; i < 9; i += 1) {
      await create(owner, brand, `Insta ${i}`, {
        publishAt: `2026-03-${String(2 + i * 3).padStart(2, '0')}T10:00`,
        networks: ['INSTAGRAM'],
      });
    }
    // One post linked to the Telegram row (it goes to Instagram too, but is the row's).
    await create(owner, brand, 'Channel digest', {
      publishAt: '2026-03-05T10:00',
      networks: ['TELEGRAM', 'INSTAGRAM'],
      mediaPlanRow: { mediaPlanId: plan.id, rowId: plan.rows.telegram },
    });
    // Outside the range and in April: not counted in March.
    await create(owner, brand, 'April', { publishAt: '2026-04-02T10:00', networks: ['INSTAGRAM'] });

    const { contentMix } = await owner.ok<Mix>(MIX, {
      b: brand.id,
      from: '2026-03-01',
      to: '2026-04-01',
    });
    const byRow = new Map(contentMix.plannedVsDone.map((row) => [row.rowId, row]));
    // Owned rows only: the paid Instagram row is not there.
    expect([...byRow.keys()].sort()).toEqual(
      [plan.rows.instagram, plan.rows.telegram, plan.rows.newsletter].sort(),
    );
    const instagram = byRow.get(plan.rows.instagram)!;
    expect(instagram).toMatchObject({
      mediaPlanId: plan.id,
      mediaPlanTitle: 'Spring plan',
      channel: 'Instagram',
      network: 'INSTAGRAM',
      matchedBy: 'NETWORK',
    });
    expect(instagram.months).toEqual([
      { start: '2026-03-01', end: '2026-04-01', planned: 12, done: 9 },
    ]);
    expect(byRow.get(plan.rows.telegram)).toMatchObject({
      network: 'TELEGRAM',
      matchedBy: 'LINK',
      months: [{ start: '2026-03-01', end: '2026-04-01', planned: 4, done: 1 }],
    });
    expect(byRow.get(plan.rows.newsletter)).toMatchObject({
      network: null,
      matchedBy: 'NONE',
      months: [{ planned: 2, done: 0 }],
    });
    // Weeks get the month's units spread over their days: the week of Monday 2 March has
    // 7 of March's 31 days of the 12 planned Instagram posts.
    const week = instagram.weeks.find((w) => w.start === '2026-03-02')!;
    expect(week).toEqual({
      start: '2026-03-02',
      end: '2026-03-09',
      planned: Math.round((12 * 7 * 10) / 31) / 10,
      done: 3,
    });
    // The week straddling February and March only counts March's day.
    expect(instagram.weeks[0]).toMatchObject({ start: '2026-02-23', planned: 0.4 });
  }, 120_000);

  it('lets every reader of the brand see the mix and the plan, and refuses everyone else', async () => {
    const { brand, owner, clients } = await brandWithTargets(factories, 'UTC');
    const plan = await savePlan(brand, 'Plan');
    await create(owner, brand, 'Sale', { publishAt: '2026-03-10T10:00', networks: ['INSTAGRAM'] });
    for (const actor of BRAND_ACTORS) {
      const result = await clients
        .get(actor)!
        .request<Mix>(MIX, { b: brand.id, from: '2026-03-01', to: '2026-04-01' });
      if (actor === 'anonymous') {
        expect([actor, errorCode(result)]).toEqual([actor, 'UNAUTHENTICATED']);
      } else if (!can(rolesOf(actor), 'post.read')) {
        expect([actor, errorCode(result), result.data]).toEqual([actor, 'NOT_FOUND', null]);
      } else {
        const mix = result.data!.contentMix;
        expect([actor, mix.months[0]!.total, mix.plannedVsDone.map((r) => r.mediaPlanId)]).toEqual([
          actor,
          1,
          [plan.id, plan.id, plan.id],
        ]);
      }
    }
    // The moderator reads; the outsider is refused (checked above by the matrix).
    expect(can(rolesOf('moderator'), 'post.read')).toBe(true);
    expect(can(rolesOf('outsider'), 'post.read')).toBe(false);
  }, 120_000);
});
