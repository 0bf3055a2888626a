import type { Role } from '@chorus/permissions';
import type { Capability } from '@chorus/collab-protocol';
import { capabilityFor as capabilityForActions } from '../../src/modules/documents/index.js';
import { mediaPlanKind } from '../../src/modules/media-plans/index.js';
import { postKind } from '../../src/modules/posts/index.js';
import { strategyKind } from '../../src/modules/strategies/index.js';

/** The kind definitions the app registers, by stored kind id. */
export const KINDS = Object.fromEntries(
  [strategyKind, mediaPlanKind, postKind].map((definition) => [definition.kind, definition]),
);

/** What roles allow with a document of a kind (what the server computes through its registry). */
export function capabilityFor(kind: string, roles: readonly Role[]): Capability | null {
  const definition = KINDS[kind];
  if (!definition) throw new Error(`Unknown kind ${kind}`);
  return capabilityForActions(definition.actions, roles);
}
