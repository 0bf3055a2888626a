// The parts of @20minutes/s3rver (a Koa app, no types of its own) the tests use.
declare module '@20minutes/s3rver' {
  import type { Server } from 'node:http';

  interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory: string;
    configureBuckets?: { name: string }[];
  }

  interface KoaContext {
    method: string;
    url: string;
    status: number;
  }

  type KoaMiddleware = (ctx: KoaContext, next: () => Promise<void>) => Promise<void>;

  export default class S3rver {
    constructor(options: S3rverOptions);
    /** Koa's middleware list (the first one runs first). */
    middleware: KoaMiddleware[];
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
    httpServer?: Server;
  }
}
