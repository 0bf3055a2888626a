export {
  assertBlobKey,
  BLOB_STORE,
  type BlobInfo,
  type BlobStore,
  type ByteRange,
} from './blob-store.js';
export { DiskBlobStore } from './disk-blob-store.js';
// The S3 store is imported by path where needed, so the AWS SDK loads only when it is used.
export type { S3BlobStoreOptions } from './s3-blob-store.js';
export { StorageModule } from './storage.module.js';
