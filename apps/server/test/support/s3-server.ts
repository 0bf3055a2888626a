import S3rver from '@20minutes/s3rver';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A request the S3-compatible test server answered. */
export interface S3Request {
  method: string;
  url: string;
  status: number;
}

/**
 * An S3-compatible server (s3rver, path-style, SigV4) on a free loopback port with one empty
 * bucket, its files in a temporary folder. It records every request it answers, so a test can
 * see what the client asked for (s3rver implements neither AbortMultipartUpload nor
 * ListMultipartUploads; see ADR 0022).
 */
export interface S3TestServer {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  requests: S3Request[];
  close(): Promise<void>;
}

export async function startS3Server(bucket = 'chorus-media'): Promise<S3TestServer> {
  const directory = await mkdtemp(join(tmpdir(), 'chorus-s3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const requests: S3Request[] = [];
  server.middleware.unshift(async (ctx, next) => {
    try {
      await next();
    } finally {
      requests.push({ method: ctx.method, url: ctx.url, status: ctx.status });
    }
  });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    // s3rver's built-in account.
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    requests,
    async close() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
