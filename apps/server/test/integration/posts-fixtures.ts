import { seedContentCategories, type BrandEntity } from '../../src/modules/brands/index.js';
import { DocumentEntity, DocumentSnapshotEntity } from '../../src/modules/documents/index.js';
import { demoMediaPlanState, demoStrategyState } from '../../src/modules/demo/demo-content.js';
import { buildBrandActors } from '../support/brand-actors.js';
import type { Factories } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql.js';

/** Everything a post links to: a goal of a strategy and a row of a media plan. */
export interface PostTargets {
  goalIds: string[];
  mediaPlanId: string;
  rowIds: string[];
  categories: Array<{ id: string; key: string | null; promotional: boolean }>;
}

/** A strategy with written goals and a media plan with rows (the demo's content), on a brand. */
export async function buildPostTargets(
  factories: Factories,
  brand: BrandEntity,
  reader: GraphQLClient,
): Promise<PostTargets> {
  // Brands built by the factories skip the service, so they start without categories.
  const [{ n } = { n: '0' }] = await factories.db.query<Array<{ n: string }>>(
    'SELECT count(*) AS n FROM content_categories WHERE brand_id = $1',
    [brand.id],
  );
  if (Number(n) === 0) await seedContentCategories(factories.db.manager, brand.id);
  const ids: string[] = [];
  for (const [kind, state] of [
    ['strategy', demoStrategyState()],
    ['media_plan', demoMediaPlanState()],
  ] as const) {
    const document = await factories.db.manager.save(
      factories.db.manager.create(DocumentEntity, {
        brandId: brand.id,
        kind,
        title: kind,
        language: 'en',
        archivedAt: null,
      }),
    );
    await factories.db.manager.insert(DocumentSnapshotEntity, {
      documentId: document.id,
      state: Buffer.from(state),
      lastSeq: '0',
      sizeBytes: state.byteLength,
    });
    ids.push(document.id);
  }
  const data = await reader.ok<{
    brandStrategyGoals: Array<{ id: string }>;
    mediaPlan: { rows: Array<{ id: string }> };
    contentCategories: PostTargets['categories'];
  }>(
    `query($b: ID!, $p: ID!) {
      brandStrategyGoals(brandId: $b) { id }
      mediaPlan(documentId: $p) { rows { id } }
      contentCategories(brandId: $b) { id key promotional }
    }`,
    { b: brand.id, p: ids[1] },
  );
  return {
    goalIds: data.brandStrategyGoals.map((goal) => goal.id),
    mediaPlanId: ids[1]!,
    rowIds: data.mediaPlan.rows.map((row) => row.id),
    categories: data.contentCategories,
  };
}

export const POST_FIELDS = `id title networks publishAt publishAtLocal timeZone format
  category { id name key promotional } promotional promotionalOverride goalId mediaPlanId
  mediaPlanRowId assignee { id displayName } status nextStatuses archived canEdit`;

export const CREATE_POST = `mutation($i: CreatePostInput!) {
  createPost(input: $i) {
    post { ${POST_FIELDS} }
    publishTimeAdjustment { kind requested resolved offset message }
  }
}`;

/** A brand with every actor signed in (brand-actors), in a time zone, and its post targets. */
export async function brandWithTargets(factories: Factories, timeZone: string) {
  const actors = await buildBrandActors(factories);
  await factories.db.query('UPDATE brands SET time_zone = $2 WHERE id = $1', [
    actors.brand.id,
    timeZone,
  ]);
  const owner = actors.clients.get('owner')!;
  const targets = await buildPostTargets(factories, actors.brand, owner);
  return { ...actors, owner, targets };
}

/** A post created through createPost; answers its id. */
export async function createPostAs(
  client: GraphQLClient,
  brand: BrandEntity,
  title: string,
  post: Record<string, unknown>,
): Promise<string> {
  const data = await client.ok<{ createPost: { post: { id: string } } }>(CREATE_POST, {
    i: { brandId: brand.id, title, post },
  });
  return data.createPost.post.id;
}
