import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import sharp from 'sharp';
import type { BlobStore } from '../../../platform/storage/index.js';
import { SNIFF_BYTES, sniffMedia, type MediaKind } from './media-types.js';
import { PostMediaErrors } from './post-media.errors.js';

/** The longest side of a thumbnail, in pixels. */
export const THUMBNAIL_SIZE = 320;
/** Images larger than this many pixels are refused before decoding (decompression bombs). */
const MAX_INPUT_PIXELS = 100_000_000;

export interface MediaLimits {
  maxImageBytes: number;
  maxVideoBytes: number;
}

/** A file taken in: its blobs are stored; the caller writes the row (or calls `discard`). */
export interface IntakeResult {
  id: string;
  blobKey: string;
  thumbnailKey: string | null;
  mime: string;
  kind: MediaKind;
  extension: string;
  bytes: number;
  width: number | null;
  height: number | null;
}

/**
 * Takes an upload into the blob store as it arrives: reads the first bytes, decides the
 * type from them (refusing anything but the allowed images and videos before a byte is
 * stored), then streams the rest into the store while counting, and aborts — leaving no
 * blob — the moment the count passes the limit of the file's kind. Images are then decoded
 * once for their size and a WebP thumbnail; one that does not decode is removed and refused.
 */
export class MediaIntake {
  constructor(
    private readonly blobs: BlobStore,
    private readonly limits: MediaLimits,
  ) {}

  /** The limit before the type is known: the larger of the two. */
  get largestLimit(): number {
    return Math.max(this.limits.maxImageBytes, this.limits.maxVideoBytes);
  }

  async take(
    postId: string,
    source: AsyncIterable<Buffer | string>,
    declaredBytes: number | null,
  ): Promise<IntakeResult> {
    if (declaredBytes !== null && declaredBytes > this.largestLimit) {
      throw PostMediaErrors.tooLarge(null, this.largestLimit);
    }
    const chunks = source[Symbol.asyncIterator]();
    const next = async (): Promise<Buffer | null> => {
      const step = await chunks.next();
      if (step.done) return null;
      return typeof step.value === 'string' ? Buffer.from(step.value) : step.value;
    };

    // The head: enough bytes to tell the type (or the whole file, if smaller).
    const headChunks: Buffer[] = [];
    let headBytes = 0;
    let ended = false;
    while (headBytes < SNIFF_BYTES) {
      const chunk = await next();
      if (!chunk) {
        ended = true;
        break;
      }
      headChunks.push(chunk);
      headBytes += chunk.length;
      if (headBytes > this.largestLimit) throw PostMediaErrors.tooLarge(null, this.largestLimit);
    }
    const head = Buffer.concat(headChunks);
    if (head.length === 0) throw PostMediaErrors.empty();
    const sniffed = await sniffMedia(head.subarray(0, SNIFF_BYTES));
    if (!sniffed.allowed) throw PostMediaErrors.unsupportedType(sniffed.detected);
    const kind = sniffed.kind;
    const limit = kind === 'image' ? this.limits.maxImageBytes : this.limits.maxVideoBytes;
    if ((declaredBytes !== null && declaredBytes > limit) || head.length > limit) {
      throw PostMediaErrors.tooLarge(kind, limit);
    }

    const id = randomUUID();
    const blobKey = `posts/${postId}/${id}.${sniffed.extension}`;
    async function* body(): AsyncGenerator<Buffer> {
      let size = head.length;
      yield head;
      if (ended) return;
      for (let chunk = await next(); chunk; chunk = await next()) {
        size += chunk.length;
        if (size > limit) throw PostMediaErrors.tooLarge(kind, limit);
        yield chunk;
      }
    }
    const { bytes } = await this.blobs.put(blobKey, Readable.from(body()));

    const result: IntakeResult = {
      id,
      blobKey,
      thumbnailKey: null,
      mime: sniffed.mime,
      kind: sniffed.kind,
      extension: sniffed.extension,
      bytes,
      width: null,
      height: null,
    };
    if (sniffed.kind === 'video') return result;
    try {
      return { ...result, ...(await this.thumbnail(postId, id, blobKey)) };
    } catch (error) {
      await this.discard(result);
      throw error;
    }
  }

  /** Removes what `take` stored (when the row could not be written). */
  async discard(result: Pick<IntakeResult, 'blobKey' | 'thumbnailKey'>): Promise<void> {
    await this.blobs.delete(result.blobKey);
    if (result.thumbnailKey) await this.blobs.delete(result.thumbnailKey);
  }

  private async thumbnail(
    postId: string,
    id: string,
    blobKey: string,
  ): Promise<Pick<IntakeResult, 'width' | 'height' | 'thumbnailKey'>> {
    const original = await this.blobs.get(blobKey);
    let width: number;
    let height: number;
    let thumbnail: Buffer;
    try {
      const image = sharp(original!, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
      const meta = await image.metadata();
      // EXIF orientations 5-8 turn the picture a quarter: people see it the other way round.
      const turned = (meta.orientation ?? 1) >= 5;
      width = (turned ? meta.height : meta.width) ?? 0;
      height = (turned ? meta.width : meta.height) ?? 0;
      thumbnail = await image
        .rotate()
        .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
        .webp({ quality: 80 })
        .toBuffer();
    } catch {
      throw PostMediaErrors.unreadableImage();
    }
    const thumbnailKey = `posts/${postId}/${id}.thumb.webp`;
    await this.blobs.put(thumbnailKey, thumbnail);
    return { width, height, thumbnailKey };
  }
}
