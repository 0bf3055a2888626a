import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DiskBlobStore } from './disk-blob-store.js';

async function text(stream: Readable | null): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream ?? []) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}

describe('the local-disk blob store', () => {
  let root: string;
  let store: DiskBlobStore;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'chorus-blobs-'));
    store = new DiskBlobStore(join(root, 'media'));
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('stores a stream under its key and reads it back whole, by range and by size', async () => {
    const info = await store.put('posts/p1/m1', Readable.from([Buffer.from('hello '), 'world']));
    expect(info.bytes).toBe(11);
    expect((await store.get('posts/p1/m1'))?.toString()).toBe('hello world');
    expect(await store.stat('posts/p1/m1')).toEqual({ bytes: 11 });
    expect(await text(await store.stream('posts/p1/m1', { start: 6, end: 10 }))).toBe('world');
  });

  it('answers null for an absent blob and deletes without complaint', async () => {
    expect(await store.get('posts/none')).toBeNull();
    expect(await store.stream('posts/none')).toBeNull();
    await store.put('posts/p1/m1', Buffer.from('x'));
    await store.delete('posts/p1/m1');
    await store.delete('posts/p1/m1');
    expect(await store.stat('posts/p1/m1')).toBeNull();
  });

  it('leaves no blob and no partial file when the source fails half-way', async () => {
    async function* failing() {
      yield Buffer.from('first part');
      await Promise.resolve();
      throw new Error('over the limit');
    }
    await expect(store.put('posts/p1/m2', Readable.from(failing()))).rejects.toThrow(
      'over the limit',
    );
    expect(await store.stat('posts/p1/m2')).toBeNull();
    expect(await readdir(join(root, 'media', '.incoming'))).toEqual([]);
  });

  it('refuses keys that could leave its folder', async () => {
    for (const key of ['../etc/passwd', '/abs', 'a//b', 'a/../b', 'A/b', 'a/b/']) {
      await expect(store.put(key, Buffer.from('x'))).rejects.toThrow('Invalid blob key');
    }
  });
});
