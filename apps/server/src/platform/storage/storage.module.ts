import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { BLOB_STORE } from './blob-store.js';
import { DiskBlobStore } from './disk-blob-store.js';

/** The app's blob store (uploaded files): local disk under MEDIA_DIR. */
@Global()
@Module({
  providers: [
    {
      provide: BLOB_STORE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new DiskBlobStore(config.media.dir),
    },
  ],
  exports: [BLOB_STORE],
})
export class StorageModule {}
