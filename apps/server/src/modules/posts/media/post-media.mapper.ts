import { PostMediaModel } from './post-media.model.js';
import type { PostMediaEntity } from './post-media.entity.js';

/** The paths a file is served at (same origin as the app; access checked on each request). */
export function mediaUrls(media: Pick<PostMediaEntity, 'id' | 'thumbnailKey'>): {
  url: string;
  thumbnailUrl: string | null;
} {
  return {
    url: `/api/media/${media.id}`,
    thumbnailUrl: media.thumbnailKey ? `/api/media/${media.id}/thumbnail` : null,
  };
}

/** A stored file as the upload endpoint answers it (the GraphQL type's fields, as JSON). */
export interface PostMediaJson {
  id: string;
  postId: string;
  url: string;
  thumbnailUrl: string | null;
  mime: string;
  bytes: number;
  width: number | null;
  height: number | null;
  fileName: string;
  position: number;
  createdAt: string;
}

export function toMediaJson(media: PostMediaEntity): PostMediaJson {
  return {
    id: media.id,
    postId: media.postId,
    ...mediaUrls(media),
    mime: media.mime,
    bytes: media.bytes,
    width: media.width,
    height: media.height,
    fileName: media.fileName,
    position: media.position,
    createdAt: media.createdAt.toISOString(),
  };
}

export function toMediaModel(media: PostMediaEntity): PostMediaModel {
  return Object.assign(new PostMediaModel(), {
    id: media.id,
    ...mediaUrls(media),
    mime: media.mime,
    bytes: media.bytes,
    width: media.width,
    height: media.height,
    fileName: media.fileName,
    position: media.position,
    createdAt: media.createdAt,
  });
}
