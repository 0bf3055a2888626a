import type { Readable } from 'node:stream';

/** A byte range of a stored blob, both ends included (as in an HTTP Range header). */
export interface ByteRange {
  start: number;
  end: number;
}

/** What a store knows of one blob. */
export interface BlobInfo {
  bytes: number;
}

/**
 * Where uploaded files live, by key (`a-z0-9`, `-`, `_`, `.` and `/` between parts). The
 * local-disk store is the default; an S3-compatible store fits the same interface (ADR 0022).
 *
 * `put` is all or nothing: a blob is visible under its key only once every byte is written,
 * and a failed or aborted put (the source stream errors, e.g. over a size limit) leaves no
 * blob and no partial file behind.
 */
export interface BlobStore {
  /** Writes the source under `key` (replacing any blob there); answers its size. */
  put(key: string, source: Readable | Buffer): Promise<BlobInfo>;
  /** The whole blob in memory (for small blobs such as thumbnails), or null when absent. */
  get(key: string): Promise<Buffer | null>;
  /** The blob's size, or null when absent. */
  stat(key: string): Promise<BlobInfo | null>;
  /** The blob (or a range of it) as a stream; null when absent. */
  stream(key: string, range?: ByteRange): Promise<Readable | null>;
  /** Removes the blob; removing an absent blob is not an error. */
  delete(key: string): Promise<void>;
}

/** Injection token for the app's {@link BlobStore}. */
export const BLOB_STORE = Symbol('BLOB_STORE');

const KEY = /^[a-z0-9_-]+(\.[a-z0-9_-]+)*(\/[a-z0-9_-]+(\.[a-z0-9_-]+)*)*$/;

/** Throws unless `key` is a safe blob key (no `..`, no leading slash, no empty parts). */
export function assertBlobKey(key: string): void {
  if (key.length > 300 || !KEY.test(key)) throw new Error(`Invalid blob key: ${key}`);
}
