import type { EntityManager } from 'typeorm';
import { ContentCategoryEntity, seedContentCategories } from '../brands/index.js';
import { DocumentEntity } from '../documents/index.js';
import { PostEntity } from '../posts/index.js';

/** The demo brand's content plan: a dozen posts over the next weeks (UTC+7, no DST). */
const DEMO_POSTS: ReadonlyArray<{
  title: string;
  day: number;
  hour: number;
  category: string;
  networks: string[];
  format: string;
  status: string;
}> = [
  {
    title: 'Morning ritual: brewing lotus tea',
    day: 1,
    hour: 8,
    category: 'expertise',
    networks: ['instagram', 'facebook'],
    format: 'carousel',
    status: 'ready',
  },
  {
    title: 'Behind the counter in Hội An',
    day: 2,
    hour: 19,
    category: 'reputation',
    networks: ['tiktok'],
    format: 'reel',
    status: 'draft',
  },
  {
    title: 'Poll: green or oolong?',
    day: 4,
    hour: 12,
    category: 'engagement',
    networks: ['facebook', 'zalo'],
    format: 'text',
    status: 'draft',
  },
  {
    title: 'Tet gift boxes: pre-order',
    day: 5,
    hour: 10,
    category: 'promotion',
    networks: ['instagram', 'facebook', 'zalo'],
    format: 'image',
    status: 'ready',
  },
  {
    title: 'Tea and rain sounds',
    day: 7,
    hour: 21,
    category: 'entertainment',
    networks: ['tiktok', 'instagram'],
    format: 'video',
    status: 'draft',
  },
  {
    title: 'Water temperature cheat sheet',
    day: 9,
    hour: 8,
    category: 'expertise',
    networks: ['instagram'],
    format: 'carousel',
    status: 'draft',
  },
  {
    title: 'Meet our tea farmer',
    day: 11,
    hour: 18,
    category: 'reputation',
    networks: ['facebook', 'instagram'],
    format: 'video',
    status: 'draft',
  },
  {
    title: 'Share your tea corner',
    day: 12,
    hour: 20,
    category: 'engagement',
    networks: ['instagram'],
    format: 'story',
    status: 'draft',
  },
  {
    title: 'Tasting live from the shop',
    day: 15,
    hour: 19,
    category: 'entertainment',
    networks: ['facebook', 'tiktok'],
    format: 'live',
    status: 'draft',
  },
  {
    title: 'Weekend tasting flight -15 %',
    day: 16,
    hour: 9,
    category: 'promotion',
    networks: ['zalo', 'facebook'],
    format: 'image',
    status: 'draft',
  },
  {
    title: 'Why lotus tea is scented by hand',
    day: 18,
    hour: 8,
    category: 'expertise',
    networks: ['facebook'],
    format: 'text',
    status: 'draft',
  },
  {
    title: 'Customer story: a quiet morning',
    day: 21,
    hour: 19,
    category: 'reputation',
    networks: ['instagram', 'zalo'],
    format: 'image',
    status: 'draft',
  },
];

/** Categories for the demo brand and its dozen posts, inside the seeding transaction. */
export async function seedDemoPosts(
  manager: EntityManager,
  brandId: string,
  authorId: string,
  assigneeId: string,
  now = new Date(),
): Promise<void> {
  await seedContentCategories(manager, brandId);
  const categories = await manager.find(ContentCategoryEntity, { where: { brandId } });
  const categoryId = (key: string) => categories.find((c) => c.key === key)?.id ?? null;
  // Midnight in Asia/Ho_Chi_Minh (UTC+7) of today.
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - 7 * 3_600_000;
  for (const post of DEMO_POSTS) {
    const document = await manager.save(
      manager.create(DocumentEntity, {
        brandId,
        kind: 'post',
        title: post.title,
        language: 'en',
        createdBy: authorId,
        archivedAt: null,
      }),
    );
    await manager.insert(PostEntity, {
      documentId: document.id,
      brandId,
      networks: post.networks,
      publishAt: new Date(today + (post.day * 24 + post.hour) * 3_600_000),
      format: post.format,
      categoryId: categoryId(post.category),
      promotional: null,
      assigneeId,
      status: post.status,
    });
  }
}
