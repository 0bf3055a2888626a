import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertBlobKey, type BlobInfo, type BlobStore, type ByteRange } from './blob-store.js';

/** A missing file is an absent blob; anything else is a real problem. */
function absent(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/**
 * Blobs as files under one folder (created on first write): `<root>/<key>`. A put writes
 * `<root>/.incoming/<random>` first and renames it into place when complete, so a reader
 * never sees half a file and an aborted upload leaves nothing under its key.
 */
export class DiskBlobStore implements BlobStore {
  constructor(private readonly root: string) {}

  async put(key: string, source: Readable | Buffer): Promise<BlobInfo> {
    const target = this.path(key);
    const incoming = join(this.root, '.incoming', randomUUID());
    await mkdir(dirname(incoming), { recursive: true });
    let bytes = 0;
    try {
      const input = Buffer.isBuffer(source) ? Readable.from([source]) : source;
      await pipeline(
        input,
        async function* count(chunks: AsyncIterable<Buffer>) {
          for await (const chunk of chunks) {
            bytes += chunk.length;
            yield chunk;
          }
        },
        createWriteStream(incoming, { flags: 'wx', mode: 0o640 }),
      );
      await mkdir(dirname(target), { recursive: true });
      await rename(incoming, target);
    } catch (error) {
      await rm(incoming, { force: true });
      throw error;
    }
    return { bytes };
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.path(key));
    } catch (error) {
      if (absent(error)) return null;
      throw error;
    }
  }

  async stat(key: string): Promise<BlobInfo | null> {
    try {
      const info = await stat(this.path(key));
      return info.isFile() ? { bytes: info.size } : null;
    } catch (error) {
      if (absent(error)) return null;
      throw error;
    }
  }

  async stream(key: string, range?: ByteRange): Promise<Readable | null> {
    if (!(await this.stat(key))) return null;
    return createReadStream(this.path(key), range ? { start: range.start, end: range.end } : {});
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  private path(key: string): string {
    assertBlobKey(key);
    return join(this.root, ...key.split('/'));
  }
}
