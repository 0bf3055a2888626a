import { collabPath, type Capability } from '@chorus/collab-protocol';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { AppError, notFoundAs } from '../../platform/errors/index.js';
import { validName } from '../../platform/validation/index.js';
import {
  AccessEvents,
  AccessService,
  isUuid,
  type GuestPrincipal,
  type Principal,
} from '../access/index.js';
import { assertBrandActive, BrandEntity } from '../brands/index.js';
import { actorOf, EventLog } from '../events/index.js';
import { CollabTicketsService } from './collab-tickets.service.js';
import { DocumentActivity, type DocumentEdited } from './document-activity.js';
import type { DocumentKind } from './document-kind.js';
import { DocumentKindRegistry } from './document-kind.registry.js';
import { validLanguage } from './document-language.js';
import { DocumentEntity } from './document.entity.js';
import type {
  CreateDocumentInput,
  DuplicateDocumentInput,
  RenameDocumentInput,
} from './dto/documents.inputs.js';

const LAST_EDIT_STAMP_MS = 5_000;

interface LastEditStamp {
  /** Who edited last in the current window. */
  pending: string | null;
  /** Edits arrived since the last write. */
  dirty: boolean;
  timer: NodeJS.Timeout | undefined;
}

export interface DocumentView {
  document: DocumentEntity;
  capability: Capability;
  workspaceId: string;
}

/** The registry of co-edited documents: who may open which, with what capability. */
@Injectable()
export class DocumentsService implements OnModuleDestroy {
  /** How often a document's last-edit stamp is written while people type. */
  lastEditWindowMs = LAST_EDIT_STAMP_MS;
  private readonly stamps = new Map<string, LastEditStamp>();
  /** Stamp writes under way. */
  private readonly stampWrites = new Set<Promise<void>>();
  private readonly stopListening: () => void;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly accessEvents: AccessEvents,
    private readonly tickets: CollabTicketsService,
    private readonly kinds: DocumentKindRegistry,
    private readonly events: EventLog,
    activity: DocumentActivity,
  ) {
    this.stopListening = activity.onEdited((event) => this.stampLastEdit(event));
  }

  /**
   * Resolves once no last-edit stamp waits for its window or is being written: what an edit
   * leaves behind after its answer has landed (tests compare the database before and after).
   */
  async lastEditStampsSettled(): Promise<void> {
    while (this.stamps.size > 0 || this.stampWrites.size > 0) {
      await Promise.all([...this.stampWrites]);
      if (this.stamps.size > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  onModuleDestroy(): void {
    this.stopListening();
    for (const stamp of this.stamps.values()) clearTimeout(stamp.timer);
    this.stamps.clear();
  }

  async list(
    principal: Principal,
    brandId: string,
    kind: DocumentKind | undefined,
    includeArchived: boolean,
  ): Promise<DocumentView[]> {
    const { roles, brand } = await this.access.authorizeBrand(principal, brandId, 'brand.read');
    const kinds = (kind ? [this.kinds.get(kind).kind] : this.kinds.kinds()).filter((k) =>
      this.kinds.capability(k, roles),
    );
    if (kinds.length === 0) return [];
    const documents = await this.dataSource.manager
      .createQueryBuilder(DocumentEntity, 'd')
      .where('d.brand_id = :brandId AND d.kind IN (:...kinds)', { brandId, kinds })
      .andWhere(includeArchived ? '1=1' : 'd.archived_at IS NULL')
      .orderBy('COALESCE(d.last_edited_at, d.updated_at)', 'DESC')
      .getMany();
    return documents.map((document) => ({
      document,
      capability: this.kinds.capability(document.kind, roles)!,
      workspaceId: brand.workspaceId,
    }));
  }

  /**
   * A document and what the principal may do with it; NOT_FOUND when they may not see it.
   * A guest sees only what its share link covers, with its guest role's capability (never
   * edit); anything else is NOT_FOUND, whatever the id.
   */
  async open(principal: Principal, documentId: string): Promise<DocumentView> {
    if (principal.kind === 'guest') return this.openAsGuest(principal, documentId);
    this.access.requireUser(principal);
    const document = isUuid(documentId)
      ? await this.dataSource.manager.findOneBy(DocumentEntity, { id: documentId })
      : null;
    // A row of a kind no module registers any more is as good as gone.
    if (!document || !this.kinds.has(document.kind)) throw AppError.notFound('The document');
    const { roles, brand } = await this.access
      .authorizeBrand(principal, document.brandId, this.kinds.get(document.kind).actions.read)
      .catch((error: unknown) => {
        // Not allowed to read it: the document does not exist for them.
        if (error instanceof AppError && error.code !== 'UNAUTHENTICATED') {
          throw AppError.notFound('The document');
        }
        throw error;
      });
    return {
      document,
      capability: this.kinds.capability(document.kind, roles)!,
      workspaceId: brand.workspaceId,
    };
  }

  private async openAsGuest(guest: GuestPrincipal, documentId: string): Promise<DocumentView> {
    const document = isUuid(documentId)
      ? await this.dataSource.manager.findOneBy(DocumentEntity, { id: documentId })
      : null;
    if (!document || !this.kinds.has(document.kind)) throw AppError.notFound('The document');
    const { roles } = await this.access
      .authorizeDocument(guest, document.id, this.kinds.get(document.kind).actions.read)
      .catch(notFoundAs('The document'));
    const capability = this.kinds.capability(document.kind, roles);
    const brand = await this.dataSource.manager.findOneBy(BrandEntity, { id: document.brandId });
    if (!capability || capability === 'edit' || !brand) throw AppError.notFound('The document');
    return { document, capability, workspaceId: brand.workspaceId };
  }

  /**
   * A new document of a registered kind, empty or with the kind's first content. An
   * unknown kind, or a field another kind owns, is VALIDATION and creates nothing.
   */
  async create(principal: Principal, input: CreateDocumentInput): Promise<DocumentView> {
    const definition = this.kinds.get(input.kind);
    const {
      principal: user,
      roles,
      brand,
    } = await this.access.authorizeBrand(principal, input.brandId, definition.actions.edit);
    assertBrandActive(brand);
    const title = validName(input.title, 'title', 200);
    const language = validLanguage(input.language);
    for (const [field, value] of Object.entries(input)) {
      const owner = this.kinds.ownerOfField(field);
      if (owner && owner !== definition && value !== undefined && value !== null) {
        throw AppError.validation(field, `Only ${owner.label} take ${field}.`);
      }
    }
    const state = definition.initialContent({
      language,
      fromTemplate: input.fromTemplate === true,
      input,
    });
    const writeRows = definition.prepareCreate
      ? await definition.prepareCreate({ principal: user, roles, brand, input })
      : null;
    const document = await this.dataSource.transaction(async (manager) => {
      const created = await manager.save(
        manager.create(DocumentEntity, {
          brandId: input.brandId,
          kind: definition.kind,
          title,
          language: language ?? (state ? 'en' : null),
          createdBy: user.userId,
          archivedAt: null,
        }),
      );
      if (state) await writeSnapshot(manager, created.id, state);
      await this.events.record(manager, {
        type: 'document.created',
        workspaceId: brand.workspaceId,
        brandId: created.brandId,
        documentId: created.id,
        actorId: user.userId,
        subject: { type: 'document', id: created.id },
        data: { name: title, kind: created.kind },
      });
      if (writeRows) await writeRows(manager, created);
      return created;
    });
    return {
      document,
      capability: this.kinds.capability(document.kind, roles)!,
      workspaceId: brand.workspaceId,
    };
  }

  /**
   * A new document of the same brand and kind with the source's whole content (its
   * snapshot and every update row, copied in one transaction). Needs edit rights.
   */
  async duplicate(principal: Principal, input: DuplicateDocumentInput): Promise<DocumentView> {
    const source = await this.requireEdit(principal, input.documentId);
    const user = this.access.requireUser(principal);
    const title = validName(input.title, 'title', 200);
    // REPEATABLE READ: the snapshot and the rows are copied as of one moment, even if a
    // compaction folds rows into the snapshot meanwhile.
    const document = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const copy = await manager.save(
        manager.create(DocumentEntity, {
          brandId: source.document.brandId,
          kind: source.document.kind,
          title,
          language: source.document.language,
          createdBy: user.userId,
          archivedAt: null,
        }),
      );
      await manager.query(
        `INSERT INTO document_snapshots (document_id, state, last_seq, size_bytes, updated_at)
         SELECT $1, state, 0, size_bytes, now() FROM document_snapshots WHERE document_id = $2`,
        [copy.id, source.document.id],
      );
      await manager.query(
        `INSERT INTO document_updates (document_id, "update")
         SELECT $1, "update" FROM document_updates WHERE document_id = $2 ORDER BY seq`,
        [copy.id, source.document.id],
      );
      await this.events.record(manager, {
        type: 'document.duplicated',
        workspaceId: source.workspaceId,
        brandId: copy.brandId,
        documentId: copy.id,
        actorId: user.userId,
        subject: { type: 'document', id: copy.id },
        data: { name: title, before: source.document.title, kind: copy.kind },
      });
      await this.kinds.get(copy.kind).copyRows?.(manager, source.document, copy, user.userId);
      return copy;
    });
    return { ...source, document };
  }

  async rename(principal: Principal, input: RenameDocumentInput): Promise<DocumentView> {
    const view = await this.requireEdit(principal, input.documentId);
    const title = validName(input.title, 'title', 200);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(DocumentEntity, { id: view.document.id }, { title });
      await this.events.record(manager, {
        type: 'document.renamed',
        workspaceId: view.workspaceId,
        brandId: view.document.brandId,
        documentId: view.document.id,
        actorId: actorOf(principal),
        subject: { type: 'document', id: view.document.id },
        data: { name: title, before: view.document.title, after: title },
      });
    });
    return { ...view, document: { ...view.document, title } };
  }

  async setArchived(
    principal: Principal,
    documentId: string,
    archived: boolean,
  ): Promise<DocumentView> {
    const view = await this.requireEdit(principal, documentId);
    const archivedAt = archived ? (view.document.archivedAt ?? new Date()) : null;
    await this.dataSource.transaction(async (manager) => {
      await manager.update(DocumentEntity, { id: view.document.id }, { archivedAt });
      if (Boolean(view.document.archivedAt) === archived) return;
      await this.events.record(manager, {
        type: archived ? 'document.archived' : 'document.restored',
        workspaceId: view.workspaceId,
        brandId: view.document.brandId,
        documentId: view.document.id,
        actorId: actorOf(principal),
        subject: { type: 'document', id: view.document.id },
        data: { name: view.document.title },
      });
    });
    this.accessEvents.publish({ kind: 'document', documentId: view.document.id });
    return { ...view, document: { ...view.document, archivedAt } };
  }

  /**
   * A ticket for the socket of one document, for the signed-in session, or for a guest on
   * the document its link covers (view or comment: a guest never edits).
   */
  async issueTicket(principal: Principal, documentId: string) {
    const holder =
      principal.kind === 'guest'
        ? { userId: `guest:${principal.guestSessionId}`, sessionId: principal.guestSessionId }
        : this.access.requireUser(principal);
    const { document, capability } = await this.open(principal, documentId);
    if (document.archivedAt) throw AppError.conflict('The document is archived.');
    assertBrandActive(
      await this.dataSource.manager.findOneBy(BrandEntity, { id: document.brandId }),
    );
    const { ticket, expiresAt } = await this.tickets.issue({
      documentId: document.id,
      userId: holder.userId,
      sessionId: holder.sessionId,
      capability,
    });
    return { ticket, expiresAt, capability, path: collabPath(document.id) };
  }

  /** Is the document active (exists, not archived)? Used by the socket before loading. */
  async isActive(documentId: string): Promise<boolean> {
    return this.dataSource.manager.existsBy(DocumentEntity, {
      id: documentId,
      archivedAt: IsNull(),
    });
  }

  /**
   * Stamps who edited last and when: at once for the first edit of a quiet document, then
   * at most every few seconds — the last edit of a burst is written when its window ends,
   * so the stamp never names someone who was not last.
   */
  private stampLastEdit({ documentId, userId }: DocumentEdited): void {
    const stamp = this.stamps.get(documentId);
    if (stamp) {
      stamp.pending = userId ?? stamp.pending;
      stamp.dirty = true;
      return;
    }
    const next: LastEditStamp = { pending: userId, dirty: false, timer: undefined };
    this.stamps.set(documentId, next);
    void this.writeStamp(documentId, userId);
    const flush = () => {
      if (!next.dirty) {
        this.stamps.delete(documentId);
        return;
      }
      next.dirty = false;
      void this.writeStamp(documentId, next.pending);
      next.timer = setTimeout(flush, this.lastEditWindowMs);
      next.timer.unref();
    };
    next.timer = setTimeout(flush, this.lastEditWindowMs);
    next.timer.unref();
  }

  private writeStamp(documentId: string, userId: string | null): Promise<void> {
    const write = this.dataSource
      .query(
        'UPDATE documents SET last_edited_at = now(), last_edited_by = COALESCE($2, last_edited_by) WHERE id = $1',
        [documentId, userId],
      )
      .then(
        () => undefined,
        () => undefined, // a missed stamp is harmless: the next edit writes it
      )
      .finally(() => this.stampWrites.delete(write));
    this.stampWrites.add(write);
    return write;
  }

  private async requireEdit(principal: Principal, documentId: string): Promise<DocumentView> {
    const view = await this.open(principal, documentId);
    if (view.capability !== 'edit') throw AppError.forbidden();
    return view;
  }
}

async function writeSnapshot(manager: EntityManager, documentId: string, state: Uint8Array) {
  await manager.query(
    `INSERT INTO document_snapshots (document_id, state, last_seq, size_bytes, updated_at)
     VALUES ($1, $2, 0, $3, now())`,
    [documentId, Buffer.from(state), state.byteLength],
  );
}
