import type { NestExpressApplication } from '@nestjs/platform-express';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { listen, waitFor } from '../support/collab.js';
import { Factories } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql.js';
import { httpBase, openLive, recordRolledBackEvent, type LiveClient } from '../support/live.js';
import { createTestApp } from '../support/test-app.js';
import { brandWithTargets, createPostAs } from './posts-fixtures.js';

const MOVE = `mutation($i: MovePostInput!) { movePost(input: $i) { post { id } } }`;

// The zero-setup default: one instance on the embedded PGlite, whose single session
// LISTENs to its own NOTIFYs (delivered on commit there too).
describe('live updates on the embedded database', () => {
  let app: NestExpressApplication;
  let base: string;
  let brand: BrandEntity;
  let owner: GraphQLClient;
  let reader: GraphQLClient;
  let postId: string;
  const opened: LiveClient[] = [];

  beforeAll(async () => {
    app = await createTestApp({
      database: { kind: 'pglite', dataDir: 'memory://' },
      env: { CHORUS_SEED_DEMO: 'false' },
    });
    await listen(app);
    base = httpBase(app);
    const factories = new Factories(app);
    const actors = await brandWithTargets(factories, 'UTC');
    ({ brand, owner } = actors);
    reader = actors.clients.get('chief_expert')!;
    postId = await createPostAs(owner, brand, 'Launch', { publishAt: '2027-03-01T09:00' });
  }, 90_000);

  afterAll(async () => {
    for (const client of opened) client.close();
    await app?.close();
  });

  it('streams committed moves and nothing of a change that rolled back', async () => {
    const stream = await openLive(base, brand.id, reader.cookie);
    opened.push(stream);
    expect(stream.status).toBe(200);
    const rolledBackId = await recordRolledBackEvent(app, brand, postId);

    await owner.ok(MOVE, { i: { postId, publishAt: '2027-03-02T09:00' } });

    await waitFor(() => stream.events.length > 0, 20_000, 'the move');
    expect(stream.events.map((e) => [e.type, e.subjectId])).toEqual([['post.moved', postId]]);
    expect(stream.events.map((e) => e.id)).not.toContain(rolledBackId);
  });

  it('ends the stream when its user signs out', async () => {
    const stream = await openLive(base, brand.id, reader.cookie);
    opened.push(stream);
    expect(stream.status).toBe(200);

    await reader.ok('mutation { signOut }');

    await waitFor(() => stream.closed, 20_000, 'the stream to end');
    expect(stream.ends).toEqual(['ACCESS_REVOKED']);
  });
});
