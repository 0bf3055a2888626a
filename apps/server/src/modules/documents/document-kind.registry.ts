import type { Role } from '@chorus/permissions';
import type { Capability } from '@chorus/collab-protocol';
import { Injectable } from '@nestjs/common';
import { AppError } from '../../platform/errors/index.js';
import { capabilityFor } from './document-access.js';
import type { DocumentKind, DocumentKindDefinition } from './document-kind.js';

/**
 * The kinds of document this server knows. Kind modules register their definition when
 * they start (`StrategiesModule`, `MediaPlansModule`, `PostsModule`); everything else asks
 * here instead of naming kinds.
 */
@Injectable()
export class DocumentKindRegistry {
  private readonly definitions = new Map<DocumentKind, DocumentKindDefinition>();

  register(definition: DocumentKindDefinition): void {
    const known = this.definitions.get(definition.kind);
    if (known && known !== definition) {
      throw new Error(`Document kind ${definition.kind} is registered twice`);
    }
    this.definitions.set(definition.kind, definition);
  }

  /** The registered kinds, sorted. */
  kinds(): DocumentKind[] {
    return [...this.definitions.keys()].sort();
  }

  has(kind: string): boolean {
    return this.definitions.has(kind);
  }

  /** The definition of a kind; VALIDATION on `field` for a kind nobody registered. */
  get(kind: string, field = 'kind'): DocumentKindDefinition {
    const definition = this.definitions.get(kind);
    if (!definition) {
      throw AppError.validation(field, `There is no document kind "${kind}".`);
    }
    return definition;
  }

  /** The definition owning a create-input field, if any kind added it. */
  ownerOfField(name: string): DocumentKindDefinition | undefined {
    for (const definition of this.definitions.values()) {
      if (definition.createFields?.some((field) => field.name === name)) return definition;
    }
    return undefined;
  }

  /** What roles allow with a document of this kind; null for nothing (and for unknown kinds). */
  capability(kind: string, roles: readonly Role[]): Capability | null {
    const definition = this.definitions.get(kind);
    return definition ? capabilityFor(definition.actions, roles) : null;
  }
}
