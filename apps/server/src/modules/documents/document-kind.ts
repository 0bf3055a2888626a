import type { Action, Role } from '@chorus/permissions';
import { Field } from '@nestjs/graphql';
import type { EntityManager } from 'typeorm';
import type * as Y from 'yjs';
import type { UserPrincipal } from '../access/index.js';
import type { BrandEntity } from '../brands/index.js';
import type { DocumentEntity } from './document.entity.js';
import { CreateDocumentInput } from './dto/documents.inputs.js';
import { DocumentKindEnum } from './document.model.js';

/** A kind's id as stored in `documents.kind` (e.g. 'strategy'); its GraphQL name is upper-case. */
export type DocumentKind = string;

/** The matrix actions that read, edit and approve documents of one kind. */
export interface KindActions {
  read: Action;
  edit: Action;
  /** Null while the matrix has no approval for the kind. */
  approve: Action | null;
}

/** What a new document is created from, as the kind sees it. */
export interface NewDocumentOptions {
  /** The document's language, already checked (en, vi, fa, he, uk, th), or null. */
  language: string | null;
  /** The caller asked for the kind's template. */
  fromTemplate: boolean;
  /** The whole create input, for the fields this kind added to it ({@link KindCreateField}). */
  input: CreateDocumentInput;
}

/** A document about to be created, as a kind's {@link DocumentKindDefinition.prepareCreate} sees it. */
export interface CreatingDocument {
  principal: UserPrincipal;
  /** The creator's roles on the brand (already allowed to edit the kind). */
  roles: readonly Role[];
  brand: BrandEntity;
  /** The whole create input, for the fields this kind added to it. */
  input: CreateDocumentInput;
}

/**
 * Writes a kind's own rows for a document (e.g. a post's metadata and its event), inside
 * the transaction that creates the document row, after it.
 */
export type KindRowsWriter = (manager: EntityManager, document: DocumentEntity) => Promise<void>;

/** A field a kind adds to the `CreateDocumentInput` GraphQL type (e.g. media plans' settings). */
export interface KindCreateField {
  name: string;
  type: () => object;
  description: string;
}

/**
 * One kind of co-edited document, as a plug-in of the documents core. The core names no
 * kind: access, creation, restore, duplication and listing go through the definition a
 * kind module registered ({@link DocumentKindRegistry}).
 */
export interface DocumentKindDefinition {
  /** Stored id, e.g. 'media_plan'. */
  readonly kind: DocumentKind;
  /** GraphQL enum name of the kind, e.g. 'MEDIA_PLAN'. */
  readonly graphqlName: string;
  /** The kind in plain English, plural, for messages ("media plans"). */
  readonly label: string;
  readonly actions: KindActions;
  /** Fields the kind adds to CreateDocumentInput; only this kind may set them. */
  readonly createFields?: readonly KindCreateField[];
  /**
   * Checks the kind's part of the create input and gives the first content as one Yjs
   * update (written as the snapshot in the creating transaction), or null to start empty.
   * Throws VALIDATION for bad input.
   */
  initialContent(options: NewDocumentOptions): Uint8Array | null;
  /**
   * Makes `target` hold what `source` holds, as new operations on `target` (run inside
   * one transaction): how a version's content replaces the live one.
   */
  replaceContent(target: Y.Doc, source: Y.Doc): void;
  /**
   * Checks the kind's part of the create input against the database — before the creating
   * transaction starts — and answers what to write inside it (the kind's own rows), or
   * null. Throws AppError for bad input; nothing is created then.
   */
  prepareCreate?(creating: CreatingDocument): Promise<KindRowsWriter | null>;
  /** Copies the kind's own rows from `source` to `copy` inside the duplicating transaction. */
  copyRows?(
    manager: EntityManager,
    source: DocumentEntity,
    copy: DocumentEntity,
    actorId: string,
  ): Promise<void>;
  /** The content as plain text (compare, search, tone checks). */
  plainText(doc: Y.Doc): string;
  /** File formats the kind exports to (e.g. ['markdown', 'html']). */
  readonly exports: readonly string[];
}

const exposed = new Set<string>();

/**
 * Declares a kind: puts its value into the `DocumentKind` GraphQL enum and its fields into
 * `CreateDocumentInput` (both read when the schema is built), and hands the definition
 * back for the kind module to register. Call it once per kind, at module load.
 */
export function defineDocumentKind<T extends DocumentKindDefinition>(definition: T): T {
  if (!exposed.has(definition.kind)) {
    exposed.add(definition.kind);
    DocumentKindEnum[definition.graphqlName] = definition.kind;
    for (const field of definition.createFields ?? []) {
      Field(field.type, { nullable: true, description: field.description })(
        CreateDocumentInput.prototype,
        field.name,
      );
    }
  }
  return definition;
}
