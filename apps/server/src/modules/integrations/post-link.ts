import type { PostRow } from '../posts/index.js';

/** The post's page in Chorus (links in feeds and webhook bodies). */
export function postUrl(
  publicUrl: string,
  post: Pick<PostRow, 'id' | 'brandId' | 'workspaceId'>,
): string {
  return new URL(`/w/${post.workspaceId}/b/${post.brandId}/d/${post.id}`, publicUrl).toString();
}
