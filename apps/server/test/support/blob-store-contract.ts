import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { BlobStore } from '../../src/platform/storage/index.js';

const MIB = 1024 * 1024;

export async function readAll(stream: Readable | null): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream ?? []) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** `count` MiB of bytes that differ from one MiB to the next, in 1 MiB chunks. */
export function* mebibytes(count: number, seed = 0): Generator<Buffer> {
  for (let i = 0; i < count; i += 1) yield Buffer.alloc(MIB, (seed + i) % 251);
}

export async function* failingAfter(mib: number): AsyncGenerator<Buffer> {
  yield* mebibytes(mib);
  await Promise.resolve();
  throw new Error('over the limit');
}

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

/**
 * What every {@link BlobStore} promises (ADR 0022), for one store. `store()` answers the store
 * under test, made fresh (and emptied) by the caller's beforeEach.
 */
export function blobStoreContract(store: () => BlobStore): void {
  it('stores a stream under its key and reads it back whole, by range and by size', async () => {
    const info = await store().put('posts/p1/m1', Readable.from([Buffer.from('hello '), 'world']));
    expect(info.bytes).toBe(11);
    expect((await store().get('posts/p1/m1'))?.toString()).toBe('hello world');
    expect(await store().stat('posts/p1/m1')).toEqual({ bytes: 11 });
    expect(
      (await readAll(await store().stream('posts/p1/m1', { start: 6, end: 10 }))).toString(),
    ).toBe('world');
    expect((await readAll(await store().stream('posts/p1/m1'))).toString()).toBe('hello world');
  });

  it('stores a buffer and replaces what was under the key', async () => {
    await store().put('posts/p1/m1.png', Buffer.from('first'));
    expect(await store().put('posts/p1/m1.png', Buffer.from('second!'))).toEqual({ bytes: 7 });
    expect((await store().get('posts/p1/m1.png'))?.toString()).toBe('second!');
  });

  it('answers null for an absent blob and deletes without complaint', async () => {
    expect(await store().get('posts/none')).toBeNull();
    expect(await store().stat('posts/none')).toBeNull();
    expect(await store().stream('posts/none', { start: 0, end: 3 })).toBeNull();
    await store().put('posts/p1/m1', Buffer.from('x'));
    await store().delete('posts/p1/m1');
    await store().delete('posts/p1/m1');
    expect(await store().stat('posts/p1/m1')).toBeNull();
  });

  it('stores a blob larger than one 5 MiB part intact, and serves a range across parts', async () => {
    const whole = Buffer.concat([...mebibytes(12)]);
    expect(await store().put('posts/p1/video.mp4', Readable.from(mebibytes(12)))).toEqual({
      bytes: whole.length,
    });
    expect(await store().stat('posts/p1/video.mp4')).toEqual({ bytes: whole.length });
    expect(sha256((await store().get('posts/p1/video.mp4'))!)).toBe(sha256(whole));
    const range = { start: 5 * MIB - 3, end: 5 * MIB + 2 };
    expect(await readAll(await store().stream('posts/p1/video.mp4', range))).toEqual(
      whole.subarray(range.start, range.end + 1),
    );
  });

  it('leaves no blob when the source fails after a few bytes, and throws its error', async () => {
    async function* failing(): AsyncGenerator<Buffer> {
      yield Buffer.from('first part');
      await Promise.resolve();
      throw new Error('over the limit');
    }
    await expect(store().put('posts/p1/m2', Readable.from(failing()))).rejects.toThrow(
      'over the limit',
    );
    expect(await store().stat('posts/p1/m2')).toBeNull();
  });

  it('leaves no blob when the source fails after several parts, and throws its error', async () => {
    await store().put('posts/p1/m3', Buffer.from('the old one'));
    await expect(store().put('posts/p1/m4', Readable.from(failingAfter(11)))).rejects.toThrow(
      'over the limit',
    );
    expect(await store().stat('posts/p1/m4')).toBeNull();
    expect((await store().get('posts/p1/m3'))?.toString()).toBe('the old one');
  });

  it('refuses keys that could leave its folder', async () => {
    for (const key of ['../etc/passwd', '/abs', 'a//b', 'a/../b', 'A/b', 'a/b/']) {
      await expect(store().put(key, Buffer.from('x'))).rejects.toThrow('Invalid blob key');
      await expect(store().stat(key)).rejects.toThrow('Invalid blob key');
    }
  });
}
