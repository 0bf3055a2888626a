import type { NestExpressApplication } from '@nestjs/platform-express';
import { postFiles } from '../integration/post-files-fixtures.js';
import { brandWithTargets } from '../integration/posts-fixtures.js';
import { Factories } from './factories.js';
import type { GraphQLClient } from './graphql.js';
import { createTestApp } from './test-app.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

/** What the posts-file tests (import, export) share: an app, a brand with targets, a writer. */
export interface PostFilesApp {
  database: TestDatabase;
  app: NestExpressApplication;
  factories: Factories;
  files: ReturnType<typeof postFiles>;
  brand: Awaited<ReturnType<typeof brandWithTargets>>;
  /** The brand's SMM specialist, who imports and exports. */
  specialist: GraphQLClient;
  /** The name of the brand's content category at `categoryIndex`. */
  category: string;
  /** The specialist's e-mail (an Assignee cell). */
  email: string;
  close(): Promise<void>;
}

/** An app on its own database with a brand in `timeZone` (every actor signed in, post targets). */
export async function startPostFilesApp(
  timeZone: string,
  categoryIndex: number,
): Promise<PostFilesApp> {
  const database = await createTestDatabase();
  const app = await createTestApp({
    database: database.config,
    env: { CHORUS_SEED_DEMO: 'false' },
  });
  const close = async () => {
    await app.close();
    await database.drop();
  };
  try {
    const factories = new Factories(app);
    const brand = await brandWithTargets(factories, timeZone);
    const specialist = brand.clients.get('smm_specialist')!;
    const data = await brand.owner.ok<{ contentCategories: Array<{ name: string }> }>(
      `query($b: ID!) { contentCategories(brandId: $b) { name } }`,
      { b: brand.brand.id },
    );
    const category = data.contentCategories[categoryIndex]!.name;
    const email = (await specialist.ok<{ me: { email: string } }>(`{ me { email } }`)).me.email;
    return {
      database,
      app,
      factories,
      files: postFiles(app),
      brand,
      specialist,
      category,
      email,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
