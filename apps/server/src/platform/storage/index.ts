export {
  assertBlobKey,
  BLOB_STORE,
  type BlobInfo,
  type BlobStore,
  type ByteRange,
} from './blob-store.js';
export { DiskBlobStore } from './disk-blob-store.js';
export { S3BlobStore, type S3BlobStoreOptions } from './s3-blob-store.js';
export { StorageModule } from './storage.module.js';
