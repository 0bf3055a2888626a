import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { BLOB_STORE, type BlobStore } from './blob-store.js';
import { DiskBlobStore } from './disk-blob-store.js';
import { S3BlobStore } from './s3-blob-store.js';

/** The store MEDIA_STORE names: local disk under MEDIA_DIR (default), or an S3-compatible bucket. */
export function createBlobStore(media: AppConfig['media']): BlobStore {
  if (media.store === 's3' && media.s3) return new S3BlobStore(media.s3);
  return new DiskBlobStore(media.dir);
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
    if (this.store instanceof S3BlobStore) this.store.destroy();
  }
}
