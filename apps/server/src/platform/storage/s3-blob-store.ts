import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { Readable } from 'node:stream';
import { assertBlobKey, type BlobInfo, type BlobStore, type ByteRange } from './blob-store.js';

/** Where an {@link S3BlobStore} keeps its blobs (MEDIA_S3_* settings). */
export interface S3BlobStoreOptions {
  bucket: string;
  region: string;
  /** An S3-compatible server (MinIO, R2, …); undefined is AWS S3 itself. */
  endpoint?: string;
  /** `https://host/bucket/key` instead of `https://bucket.host/key` (most self-hosted servers). */
  forcePathStyle: boolean;
  /** Folder inside the bucket (`a/b`, no slashes at the ends); blobs go under `<prefix>/<key>`. */
  prefix?: string;
  /** Undefined uses the SDK's default chain (AWS_* variables, shared files, instance roles). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Multipart part size in bytes (S3's minimum, 5 MiB, by default). */
  partSize?: number;
}

const MIB = 1024 * 1024;

/** The SDK's answer for an absent object (HEAD answers a bare 404, GET `NoSuchKey`). */
function absent(error: unknown): boolean {
  const failure = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return failure.$metadata?.httpStatusCode === 404 || failure.name === 'NoSuchKey';
}

/**
 * Blobs as objects in an S3-compatible bucket, `<prefix>/<key>`. A put streams the source
 * through `@aws-sdk/lib-storage`'s `Upload` (one PutObject when it fits one part, else a
 * multipart upload of unknown length), so an object appears only when the upload completes;
 * when the source fails (e.g. over the size limit) the multipart upload is aborted and the
 * source's own error is thrown (ADR 0022).
 */
export class S3BlobStore implements BlobStore {
  private readonly client: S3Client;

  constructor(private readonly options: S3BlobStoreOptions) {
    const config: S3ClientConfig = {
      region: options.region,
      forcePathStyle: options.forcePathStyle,
      ...(options.credentials ? { credentials: options.credentials } : {}),
    };
    if (options.endpoint) {
      config.endpoint = options.endpoint;
      // Checksums only where S3 requires them: many S3-compatible servers refuse the
      // newer streaming-checksum encoding the SDK uses by default.
      config.requestChecksumCalculation = 'WHEN_REQUIRED';
      config.responseChecksumValidation = 'WHEN_REQUIRED';
    }
    this.client = new S3Client(config);
  }

  async put(key: string, source: Readable | Buffer): Promise<BlobInfo> {
    const Key = this.objectKey(key);
    if (Buffer.isBuffer(source)) {
      await this.upload(Key, source);
      return { bytes: source.length };
    }
    let bytes = 0;
    let sourceError: unknown;
    async function* counted(): AsyncGenerator<Buffer> {
      try {
        for await (const chunk of source as AsyncIterable<Buffer | string>) {
          const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
          bytes += buffer.length;
          yield buffer;
        }
      } catch (error) {
        sourceError = error;
        throw error;
      }
    }
    try {
      await this.upload(Key, Readable.from(counted()));
    } catch (error) {
      source.destroy();
      // The caller needs the source's error (e.g. over the limit), not the abort's.
      throw sourceError ?? error;
    }
    return { bytes };
  }

  async get(key: string): Promise<Buffer | null> {
    const body = await this.stream(key);
    if (!body) return null;
    const chunks: Buffer[] = [];
    for await (const chunk of body) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  async stat(key: string): Promise<BlobInfo | null> {
    try {
      const head = await this.client.send(
        new HeadObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key) }),
      );
      return { bytes: head.ContentLength ?? 0 };
    } catch (error) {
      if (absent(error)) return null;
      throw error;
    }
  }

  async stream(key: string, range?: ByteRange): Promise<Readable | null> {
    try {
      const object = await this.client.send(
        new GetObjectCommand({
          Bucket: this.options.bucket,
          Key: this.objectKey(key),
          Range: range ? `bytes=${range.start}-${range.end}` : undefined,
        }),
      );
      return object.Body as Readable;
    } catch (error) {
      if (absent(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    // S3 answers 204 for an absent key too.
    await this.client.send(
      new DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key) }),
    );
  }

  /** Closes the client's connections (tests, shutdown). */
  destroy(): void {
    this.client.destroy();
  }

  private async upload(Key: string, Body: Readable | Buffer): Promise<void> {
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.options.bucket, Key, Body },
      partSize: this.options.partSize ?? 5 * MIB,
      queueSize: 2,
      leavePartsOnError: false,
    });
    await upload.done();
  }

  private objectKey(key: string): string {
    assertBlobKey(key);
    return this.options.prefix ? `${this.options.prefix}/${key}` : key;
  }
}
