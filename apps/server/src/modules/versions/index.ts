export {
  DocumentVersionEntity,
  VERSION_KINDS,
  type VersionKind,
} from './document-version.entity.js';
export { VersionsModule } from './versions.module.js';
export { VersionRetention } from './version-retention.js';
export { VersionsService, type VersionView } from './versions.service.js';
