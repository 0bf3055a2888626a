import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import * as Y from 'yjs';
import { DocumentEditor, type ServerEditResult } from '../../collaboration/index.js';
import { AppError } from '../../platform/errors/index.js';
import { ROOT_LOGGER } from '../../platform/logging/index.js';
import { validName } from '../../platform/validation/index.js';
import { isUuid, type Principal } from '../access/index.js';
import { EventLog, type NewEvent } from '../events/index.js';
import {
  DocumentActivity,
  DocumentKindRegistry,
  DocumentsService,
  type DocumentEdited,
  type DocumentView,
} from '../documents/index.js';
import { DocumentVersionEntity, type VersionKind } from './document-version.entity.js';

export interface VersionView {
  version: DocumentVersionEntity;
  authorName: string | null;
}

interface NewVersion {
  documentId: string;
  kind: VersionKind;
  name: string | null;
  createdBy: string | null;
  restoredFrom: number | null;
  state: Uint8Array;
  /** Recorded in the same transaction as the version row. */
  event?: Omit<NewEvent, 'subject' | 'documentId'>;
}

const UNIQUE_VIOLATION = '23505';

/**
 * Versions of a document: named ones on request, automatic ones while people edit (at
 * most one per interval of activity), and restores — which are new edits everyone sees
 * live, each leaving a version of the state before and after.
 */
@Injectable()
export class VersionsService implements OnModuleDestroy {
  /** At most one automatic version per this much time of activity on a document. */
  autoIntervalMs = 10 * 60_000;
  /** When each document's last version was made, as far as this instance knows. */
  private readonly lastVersionAt = new Map<string, number>();
  private readonly stopListening: () => void;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: DocumentsService,
    private readonly kinds: DocumentKindRegistry,
    private readonly editor: DocumentEditor,
    private readonly events: EventLog,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
    activity: DocumentActivity,
  ) {
    this.stopListening = activity.onEdited((event) => this.onEdited(event));
  }

  onModuleDestroy(): void {
    this.stopListening();
  }

  /** A document's versions, newest first (anyone who may open the document). */
  async list(principal: Principal, documentId: string, first = 100): Promise<VersionView[]> {
    // Guests see the live document only, never its history.
    if (principal.kind === 'guest') throw AppError.notFound('The document');
    const { document } = await this.documents.open(principal, documentId);
    if (!Number.isInteger(first) || first < 1 || first > 200) {
      throw AppError.validation('first', 'Ask for 1 to 200 versions.');
    }
    const rows = await this.dataSource.manager
      .createQueryBuilder(DocumentVersionEntity, 'v')
      .leftJoin('users', 'u', 'u.id = v.created_by')
      .addSelect('u.display_name', 'author_name')
      .where('v.document_id = :id', { id: document.id })
      .orderBy('v.number', 'DESC')
      .limit(first)
      .getRawAndEntities<{ author_name: string | null }>();
    return rows.entities.map((version, i) => ({
      version,
      authorName: rows.raw[i]?.author_name ?? null,
    }));
  }

  /** One version with its content as a Yjs update (anyone who may open the document). */
  async state(
    principal: Principal,
    versionId: string,
  ): Promise<VersionView & { state: Uint8Array; view: DocumentView }> {
    const { version, view } = await this.openVersion(principal, versionId);
    const [{ state }] = await this.dataSource.query<[{ state: Buffer }]>(
      'SELECT state FROM document_versions WHERE id = $1',
      [version.id],
    );
    return { ...(await this.withAuthor(version)), state, view };
  }

  /**
   * A version's content as a Yjs update, or null when it is gone. No access check: for server
   * processes reacting to events (the caller decided what may be read).
   */
  async stateOf(versionId: string): Promise<Uint8Array | null> {
    if (!isUuid(versionId)) return null;
    const [row] = await this.dataSource.query<Array<{ state: Buffer }>>(
      'SELECT state FROM document_versions WHERE id = $1',
      [versionId],
    );
    return row?.state ?? null;
  }

  /** Saves the current content under a name (editors). */
  async createNamed(principal: Principal, documentId: string, name: string): Promise<VersionView> {
    const view = await this.requireEdit(principal, documentId);
    const cleanName = validName(name, 'name', 200);
    const state = await this.editor.readState(view.document.id);
    const version = await this.insert({
      documentId: view.document.id,
      kind: 'named',
      name: cleanName,
      createdBy: this.userId(principal),
      restoredFrom: null,
      state,
      event: {
        type: 'version.created',
        workspaceId: view.workspaceId,
        brandId: view.document.brandId,
        actorId: this.userId(principal),
        data: { name: cleanName, documentTitle: view.document.title },
      },
    });
    return this.withAuthor(version);
  }

  /**
   * Brings a version's content back as a new edit that every connected client receives.
   * The state just before is kept as an automatic version, the result as a 'restore' one.
   */
  async restore(principal: Principal, versionId: string): Promise<VersionView> {
    const { version: found, view } = await this.openVersion(principal, versionId);
    if (view.capability !== 'edit') throw AppError.forbidden();
    if (view.document.archivedAt) throw AppError.conflict('The document is archived.');
    const userId = this.userId(principal);
    const [{ state }] = await this.dataSource.query<[{ state: Buffer }]>(
      'SELECT state FROM document_versions WHERE id = $1',
      [found.id],
    );
    const definition = this.kinds.get(view.document.kind, 'versionId');
    const source = new Y.Doc();
    let result: ServerEditResult;
    // The restore's own versions are written below; no automatic one in between.
    this.lastVersionAt.set(view.document.id, Date.now());
    try {
      Y.applyUpdate(source, state);
      result = await this.editor.change(
        { documentId: view.document.id, workspaceId: view.workspaceId, userId },
        (doc) => definition.replaceContent(doc, source),
      );
    } finally {
      source.destroy();
    }
    // Both states are the live document's, taken at the moment of the change.
    await this.insert({
      documentId: view.document.id,
      kind: 'auto',
      name: null,
      createdBy: null,
      restoredFrom: null,
      state: result.before,
    });
    const version = await this.insert({
      documentId: view.document.id,
      kind: 'restore',
      name: null,
      createdBy: userId,
      restoredFrom: found.number,
      state: result.after,
      event: {
        type: 'version.restored',
        workspaceId: view.workspaceId,
        brandId: view.document.brandId,
        actorId: userId,
        data: { name: found.name ?? `#${found.number}`, documentTitle: view.document.title },
      },
    });
    return this.withAuthor(version);
  }

  /**
   * Appends a version inside the caller's transaction (an approval request is bound to the
   * version it creates, so both commit together). The content is read before, from the
   * live document; answers the new version's id and number.
   */
  async createWithin(
    manager: EntityManager,
    input: { documentId: string; kind: VersionKind; name: string | null; createdBy: string | null },
    state: Uint8Array,
  ): Promise<{ id: string; number: number }> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      input.documentId,
    ]);
    const [inserted] = await manager.query<[{ id: string; number: number }]>(
      `INSERT INTO document_versions
       (document_id, number, kind, name, created_by, restored_from, state, size_bytes)
       SELECT $1, COALESCE(MAX(number), 0) + 1, $2, $3, $4, NULL, $5, $6
         FROM document_versions WHERE document_id = $1
       RETURNING id, number`,
      [
        input.documentId,
        input.kind,
        input.name,
        input.createdBy,
        Buffer.from(state),
        state.byteLength,
      ],
    );
    this.lastVersionAt.set(input.documentId, Date.now());
    return inserted;
  }

  /** The live content of a document as one Yjs update (for a version made elsewhere). */
  readLiveState(documentId: string): Promise<Uint8Array> {
    return this.editor.readState(documentId);
  }

  /** Makes an automatic version when the last one is older than the interval. */
  private onEdited({ documentId }: DocumentEdited): void {
    const now = Date.now();
    const last = this.lastVersionAt.get(documentId);
    if (last !== undefined && now - last < this.autoIntervalMs) return;
    this.lastVersionAt.set(documentId, now);
    if (this.lastVersionAt.size > 10_000) this.lastVersionAt.clear();
    this.autoVersion(documentId).catch((error: unknown) => {
      this.lastVersionAt.delete(documentId);
      this.logger.warn({ err: error, documentId }, 'Automatic version failed');
    });
  }

  private async autoVersion(documentId: string): Promise<void> {
    const [latest] = await this.dataSource.query<Array<{ created_at: Date }>>(
      'SELECT created_at FROM document_versions WHERE document_id = $1 ORDER BY number DESC LIMIT 1',
      [documentId],
    );
    if (latest && Date.now() - latest.created_at.getTime() < this.autoIntervalMs) {
      this.lastVersionAt.set(documentId, latest.created_at.getTime());
      return;
    }
    const state = await this.editor.readState(documentId);
    await this.insert({
      documentId,
      kind: 'auto',
      name: null,
      createdBy: null,
      restoredFrom: null,
      state,
    });
  }

  /** Appends a version with the next number (retrying when another instance took it). */
  private async insert(input: NewVersion, attempt = 0): Promise<DocumentVersionEntity> {
    try {
      const row = await this.dataSource.transaction(async (manager) => {
        // Versions of one document take their numbers in turn (on every instance): a burst
        // of concurrent saves would otherwise collide on the number again and again.
        await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
          input.documentId,
        ]);
        const [inserted] = await manager.query<[{ id: string }]>(
          `INSERT INTO document_versions
           (document_id, number, kind, name, created_by, restored_from, state, size_bytes)
         SELECT $1, COALESCE(MAX(number), 0) + 1, $2, $3, $4, $5, $6, $7
           FROM document_versions WHERE document_id = $1
         RETURNING id`,
          [
            input.documentId,
            input.kind,
            input.name,
            input.createdBy,
            input.restoredFrom,
            Buffer.from(input.state),
            input.state.byteLength,
          ],
        );
        if (input.event) {
          await this.events.record(manager, {
            ...input.event,
            documentId: input.documentId,
            subject: { type: 'version', id: inserted.id },
          });
        }
        return inserted;
      });
      this.lastVersionAt.set(input.documentId, Date.now());
      return this.find(row.id);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === UNIQUE_VIOLATION && attempt < 5) return this.insert(input, attempt + 1);
      throw error;
    }
  }

  private async find(versionId: string): Promise<DocumentVersionEntity> {
    const version = isUuid(versionId)
      ? await this.dataSource.manager.findOneBy(DocumentVersionEntity, { id: versionId })
      : null;
    if (!version) throw AppError.notFound('The version');
    return version;
  }

  /** A version and its document; NOT_FOUND alike for a missing version and a hidden one. */
  private async openVersion(principal: Principal, versionId: string) {
    this.userId(principal); // anonymous: the same UNAUTHENTICATED for a real and a random id
    const version = await this.find(versionId);
    const view = await this.documents
      .open(principal, version.documentId)
      .catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'NOT_FOUND') {
          throw AppError.notFound('The version');
        }
        throw error;
      });
    return { version, view };
  }

  private async withAuthor(version: DocumentVersionEntity): Promise<VersionView> {
    if (!version.createdBy) return { version, authorName: null };
    const [user] = await this.dataSource.query<Array<{ display_name: string }>>(
      'SELECT display_name FROM users WHERE id = $1',
      [version.createdBy],
    );
    return { version, authorName: user?.display_name ?? null };
  }

  private async requireEdit(principal: Principal, documentId: string): Promise<DocumentView> {
    const view = await this.documents.open(principal, documentId);
    if (view.capability !== 'edit') throw AppError.forbidden();
    return view;
  }

  private userId(principal: Principal): string {
    if (principal.kind !== 'user') throw AppError.unauthenticated();
    return principal.userId;
  }
}
