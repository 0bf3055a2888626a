import { can } from '@chorus/permissions';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Readable } from 'node:stream';
import { DataSource, In, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../platform/config/index.js';
import { AppError, notFoundAs } from '../../../platform/errors/index.js';
import { fileName as cleanName } from '../../../platform/files/index.js';
import { BLOB_STORE, type BlobStore, type ByteRange } from '../../../platform/storage/index.js';
import { AccessService, isUuid, type Principal } from '../../access/index.js';
import { assertBrandActive } from '../../brands/index.js';
import { actorOf, EventLog, type EventType } from '../../events/index.js';
import { PostErrors } from '../posts.errors.js';
import { PostsRepository, type PostRow } from '../posts.repository.js';
import { MediaIntake, type IntakeResult } from './media-intake.js';
import { PostMediaEntity } from './post-media.entity.js';
import { MAX_MEDIA_PER_POST, PostMediaErrors } from './post-media.errors.js';

/** A stored file opened for reading. */
export interface OpenedMedia {
  media: PostMediaEntity;
  mime: string;
  /** The file name to offer, with the extension of its real type. */
  fileName: string;
  totalBytes: number;
  stream: Readable;
}

/**
 * Files attached to posts: taken in through {@link MediaIntake} (type from the bytes, size
 * capped while streaming, thumbnails), one row each, ordered; every change records its
 * event in the same transaction, and removed files' blobs are deleted by the
 * `post-media-blobs` processor reacting to `post.media.removed`.
 */
@Injectable()
export class PostMediaService {
  private readonly intake: MediaIntake;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly posts: PostsRepository,
    private readonly events: EventLog,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.intake = new MediaIntake(blobs, config.media);
  }

  /** The largest upload of any kind (the cap before a file's type is known). */
  get largestLimit(): number {
    return this.intake.largestLimit;
  }

  /**
   * Who may attach to this post, checked before a byte of the upload is read: `post.edit`
   * on its brand, the post not archived and not full.
   */
  async authorizeUpload(principal: Principal, postId: string): Promise<PostRow> {
    const post = await this.requirePost(principal, postId, 'post.edit');
    assertChangeable(post);
    if ((await this.count(this.dataSource.manager, post.id)) >= MAX_MEDIA_PER_POST) {
      throw PostMediaErrors.tooMany();
    }
    return post;
  }

  /** Stores the upload and its row (last in the order); nothing is kept when anything fails. */
  async upload(
    principal: Principal,
    post: PostRow,
    source: AsyncIterable<Buffer | string>,
    given: { fileName: string; declaredBytes: number | null },
  ): Promise<PostMediaEntity> {
    const taken = await this.intake.take(post.id, source, given.declaredBytes);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const locked = await this.posts.findOne(post.id, manager, true);
        if (!locked) throw AppError.notFound('The post');
        assertChangeable(locked);
        const position = await this.count(manager, post.id);
        if (position >= MAX_MEDIA_PER_POST) throw PostMediaErrors.tooMany();
        const media = manager.create(PostMediaEntity, {
          id: taken.id,
          postId: post.id,
          blobKey: taken.blobKey,
          mime: taken.mime,
          bytes: taken.bytes,
          width: taken.width,
          height: taken.height,
          thumbnailKey: taken.thumbnailKey,
          fileName: displayName(given.fileName, taken),
          position,
          uploadedBy: actorOf(principal),
        });
        await manager.insert(PostMediaEntity, media);
        await this.record(manager, 'post.media.added', principal, locked, {
          name: locked.title,
          mediaId: media.id,
          fileName: media.fileName,
          mime: media.mime,
          bytes: media.bytes,
        });
        return await manager.findOneByOrFail(PostMediaEntity, { id: media.id });
      });
    } catch (error) {
      await this.intake.discard(taken);
      throw error;
    }
  }

  /** The files of a post, in order (the caller has read access to the post). */
  async list(postId: string): Promise<PostMediaEntity[]> {
    return this.listMany([postId]);
  }

  /** The files of several posts in one statement, each post's in order. */
  listMany(postIds: string[]): Promise<PostMediaEntity[]> {
    return this.dataSource.manager.find(PostMediaEntity, {
      where: { postId: In(postIds) },
      order: { postId: 'ASC', position: 'ASC', createdAt: 'ASC' },
    });
  }

  /** Takes a file off its post; the others close up. Answers the post's files left. */
  async remove(principal: Principal, mediaId: string): Promise<PostMediaEntity[]> {
    const media = await this.requireMedia(principal, mediaId, 'post.edit');
    await this.dataSource.transaction(async (manager) => {
      const post = await this.lockChangeable(manager, media.postId);
      const current = await manager.findOneBy(PostMediaEntity, { id: media.id });
      if (!current) throw AppError.notFound('The file');
      await manager.delete(PostMediaEntity, { id: current.id });
      await manager.query(
        `UPDATE post_media SET position = position - 1 WHERE post_id = $1 AND position > $2`,
        [post.id, current.position],
      );
      await this.record(manager, 'post.media.removed', principal, post, {
        name: post.title,
        mediaId: current.id,
        fileName: current.fileName,
        blobKeys: [current.blobKey, ...(current.thumbnailKey ? [current.thumbnailKey] : [])],
      });
    });
    return this.list(media.postId);
  }

  /** Puts a post's files in the given order: every file of the post, each once. */
  async reorder(
    principal: Principal,
    postId: string,
    mediaIds: string[],
  ): Promise<PostMediaEntity[]> {
    const post = await this.requirePost(principal, postId, 'post.edit');
    assertChangeable(post);
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.lockChangeable(manager, post.id);
      const current = await manager.find(PostMediaEntity, {
        where: { postId: post.id },
        order: { position: 'ASC' },
      });
      const known = new Set(current.map((media) => media.id));
      if (
        mediaIds.length !== current.length ||
        new Set(mediaIds).size !== mediaIds.length ||
        !mediaIds.every((id) => known.has(id))
      ) {
        throw AppError.validation(
          'mediaIds',
          'List every file of the post once, in the new order; the files may have changed — reload and try again.',
        );
      }
      if (mediaIds.every((id, index) => current[index]!.id === id)) return;
      await manager.query(
        `UPDATE post_media m SET position = o.ordinality - 1
           FROM unnest($2::uuid[]) WITH ORDINALITY o(id, ordinality)
          WHERE m.id = o.id AND m.post_id = $1`,
        [post.id, mediaIds],
      );
      await this.record(manager, 'post.media.reordered', principal, locked, {
        name: locked.title,
        order: mediaIds,
      });
    });
    return this.list(post.id);
  }

  /** A file (or its thumbnail) to serve, for anyone who may read its post. */
  async open(
    principal: Principal,
    mediaId: string,
    variant: 'original' | 'thumbnail',
    range?: (totalBytes: number) => ByteRange | undefined,
  ): Promise<OpenedMedia & { range?: ByteRange }> {
    const media = await this.requireMedia(principal, mediaId, 'post.read');
    const key = variant === 'thumbnail' ? media.thumbnailKey : media.blobKey;
    if (!key) throw AppError.notFound('The thumbnail');
    // The original's size is on its row; only a thumbnail's needs asking the store for.
    const totalBytes = variant === 'original' ? media.bytes : (await this.blobs.stat(key))?.bytes;
    if (totalBytes === undefined) throw AppError.notFound('The file');
    const wanted = variant === 'original' ? range?.(totalBytes) : undefined;
    const stream = await this.blobs.stream(key, wanted);
    if (!stream) throw AppError.notFound('The file');
    return {
      media,
      mime: variant === 'thumbnail' ? 'image/webp' : media.mime,
      fileName: variant === 'thumbnail' ? `${stem(media.fileName)}-thumbnail.webp` : media.fileName,
      totalBytes,
      stream,
      ...(wanted ? { range: wanted } : {}),
    };
  }

  /** Deletes blobs of removed files (the `post-media-blobs` processor); absent ones are fine. */
  async deleteBlobs(keys: string[]): Promise<void> {
    for (const key of keys) await this.blobs.delete(key);
  }

  /**
   * The post and a check of `action` on its brand. Someone who may not read the post gets
   * NOT_FOUND (ids of other brands reveal nothing); a reader asking to edit, FORBIDDEN.
   */
  private async requirePost(
    principal: Principal,
    postId: string,
    action: 'post.read' | 'post.edit',
  ): Promise<PostRow> {
    if (principal.kind === 'guest') {
      await this.access.authorizeDocument(principal, postId, action).catch(notFoundAs('The post'));
      const covered = await this.posts.findOne(postId);
      if (!covered) throw AppError.notFound('The post');
      return covered;
    }
    this.access.requireUser(principal);
    const post = isUuid(postId) ? await this.posts.findOne(postId) : null;
    if (!post) throw AppError.notFound('The post');
    const { roles } = await this.access
      .authorizeBrand(principal, post.brandId, 'post.read')
      .catch((error: unknown) => {
        if (error instanceof AppError && error.code !== 'UNAUTHENTICATED') {
          throw AppError.notFound('The post');
        }
        throw error;
      });
    if (!can(roles, action)) throw AppError.forbidden();
    return post;
  }

  private async requireMedia(
    principal: Principal,
    mediaId: string,
    action: 'post.read' | 'post.edit',
  ): Promise<PostMediaEntity> {
    if (principal.kind !== 'guest') this.access.requireUser(principal);
    const media = isUuid(mediaId)
      ? await this.dataSource.manager.findOneBy(PostMediaEntity, { id: mediaId })
      : null;
    if (!media) throw AppError.notFound('The file');
    await this.requirePost(principal, media.postId, action).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'NOT_FOUND') {
        throw AppError.notFound('The file');
      }
      throw error;
    });
    return media;
  }

  private async lockChangeable(manager: EntityManager, postId: string): Promise<PostRow> {
    const post = await this.posts.findOne(postId, manager, true);
    if (!post) throw AppError.notFound('The post');
    assertChangeable(post);
    return post;
  }

  private count(manager: EntityManager, postId: string): Promise<number> {
    return manager.countBy(PostMediaEntity, { postId });
  }

  private async record(
    manager: EntityManager,
    type: EventType,
    principal: Principal,
    post: PostRow,
    data: Record<string, unknown>,
  ): Promise<void> {
    await this.events.record(manager, {
      type,
      workspaceId: post.workspaceId,
      brandId: post.brandId,
      documentId: post.id,
      actorId: actorOf(principal),
      subject: { type: 'post', id: post.id },
      data,
    });
  }
}

/** Archived posts (status or document) and posts of archived brands keep their files as they are. */
function assertChangeable(post: PostRow): void {
  assertBrandActive({ archivedAt: post.brandArchivedAt });
  if (post.documentArchivedAt || post.status === 'archived') throw PostErrors.archived();
}

/** The name to offer: the uploaded name's letters, with the extension of the real type. */
function displayName(given: string, taken: Pick<IntakeResult, 'extension' | 'kind'>): string {
  const base = cleanName(stem(given), taken.kind);
  return `${base}.${taken.extension}`;
}

function stem(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
