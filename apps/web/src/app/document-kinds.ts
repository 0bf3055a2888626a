import { registerDocumentKinds, type DocumentKindModule } from '../features/documents/kinds';
import { mediaPlanKind } from '../features/media-plans/kind';
import { postKind } from '../features/posts/kind';
import { strategyKind } from '../features/strategy/kind';

/**
 * The document kinds this app knows, in the order of their brand sections. The one place
 * that names them: a new kind adds its feature's `kind` here and nothing else in the app.
 * (From `kind`, not the feature's index, so the first download carries only these small
 * definitions; each kind's editor loads with its first document.)
 */
export const documentKinds: readonly DocumentKindModule[] = [strategyKind, mediaPlanKind, postKind];

registerDocumentKinds(documentKinds);
