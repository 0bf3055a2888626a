import { jest } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DiskBlobStore } from '../../src/platform/storage/index.js';
import { S3BlobStore } from '../../src/platform/storage/s3-blob-store.js';
import { blobStoreContract, failingAfter } from '../support/blob-store-contract.js';
import { startS3Server, type S3TestServer } from '../support/s3-server.js';

// The same behaviour from both stores (ADR 0022); the S3 one against a real S3-compatible
// server (s3rver: path-style URLs, SigV4-signed requests) on a loopback port.
jest.setTimeout(180_000);

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

  blobStoreContract(() => store);
});

describe('the S3-compatible blob store', () => {
  let server: S3TestServer;
  let prefixCount = 0;
  let prefix: string;
  let store: S3BlobStore;
  const stores: S3BlobStore[] = [];

  function open(withPrefix?: string): S3BlobStore {
    const opened = new S3BlobStore({
      bucket: server.bucket,
      region: 'us-east-1',
      endpoint: server.endpoint,
      forcePathStyle: true,
      prefix: withPrefix,
      credentials: { accessKeyId: server.accessKeyId, secretAccessKey: server.secretAccessKey },
    });
    stores.push(opened);
    return opened;
  }

  beforeAll(async () => {
    server = await startS3Server();
  });
  afterAll(async () => {
    for (const opened of stores) opened.destroy();
    await server.close();
  });
  beforeEach(() => {
    // Each test gets its own folder in the one bucket.
    prefixCount += 1;
    prefix = `chorus/t${prefixCount}`;
    store = open(prefix);
  });

  blobStoreContract(() => store);

  it('keeps its blobs under the prefix inside the bucket', async () => {
    const before = server.requests.length;
    await store.put('posts/p1/m1.png', Buffer.from('png bytes'));
    const put = server.requests.slice(before).find((r) => r.method === 'PUT');
    expect(put?.url.split('?')[0]).toBe(`/${server.bucket}/${prefix}/posts/p1/m1.png`);
    const whole = open();
    expect((await whole.get(`${prefix}/posts/p1/m1.png`))?.toString()).toBe('png bytes');
    expect(await whole.stat('posts/p1/m1.png')).toBeNull();
  });

  it('aborts the multipart upload when the source fails after several parts', async () => {
    const key = 'posts/p1/failing.mp4';
    const before = server.requests.length;
    await expect(store.put(key, Readable.from(failingAfter(11)))).rejects.toThrow('over the limit');
    const seen = server.requests.slice(before);
    const objectUrl = `/${server.bucket}/${prefix}/${key}`;
    const parts = seen.filter((r) => r.method === 'PUT' && r.url.startsWith(`${objectUrl}?`));
    // Two 5 MiB parts went up before the source failed at 11 MiB…
    expect(parts.length).toBeGreaterThanOrEqual(2);
    const uploadId = new URL(parts[0]!.url, server.endpoint).searchParams.get('uploadId');
    expect(uploadId).toBeTruthy();
    // …then the store asked to abort that upload (s3rver answers it 405: it keeps no
    // list of uploads to abort; S3, MinIO and R2 drop the parts) and never completed it.
    const aborts = seen.filter(
      (r) =>
        r.method === 'DELETE' &&
        new URL(r.url, server.endpoint).searchParams.get('uploadId') === uploadId,
    );
    expect(aborts).toHaveLength(1);
    expect(seen.some((r) => r.method === 'POST' && r.url.includes('uploadId='))).toBe(false);
    expect(await store.stat(key)).toBeNull();
  });
});
