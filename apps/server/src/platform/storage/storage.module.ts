import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { BLOB_STORE, type BlobStore } from './blob-store.js';
import { DiskBlobStore } from './disk-blob-store.js';

/**
 * The store MEDIA_STORE names: local disk under MEDIA_DIR (default), or an S3-compatible
 * bucket. The AWS SDK is loaded only for the latter (it adds ~0.3 s to every start otherwise).
 */
export async function createBlobStore(media: AppConfig['media']): Promise<BlobStore> {
  if (media.store === 's3' && media.s3) {
    const { S3BlobStore } = await import('./s3-blob-store.js');
    return new S3BlobStore(media.s3);
  }
  return new DiskBlobStore(media.dir);
}

/** A store holding connections to close at shutdown (the S3 client). */
function closable(store: BlobStore): store is BlobStore & { destroy(): void } {
  return typeof (store as { destroy?: unknown }).destroy === 'function';
}

/** The app's blob store (uploaded files), chosen by MEDIA_STORE (ADR 0022). */
@Global()
@Module({
  providers: [
    {
      provide: BLOB_STORE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createBlobStore(config.media),
    },
  ],
  exports: [BLOB_STORE],
})
export class StorageModule implements OnApplicationShutdown {
  constructor(@Inject(BLOB_STORE) private readonly store: BlobStore) {}

  onApplicationShutdown(): void {
    if (closable(this.store)) this.store.destroy();
  }
}
