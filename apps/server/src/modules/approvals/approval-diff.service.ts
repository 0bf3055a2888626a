import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { AppError } from '../../platform/errors/index.js';
import { isUuid, type Principal } from '../access/index.js';
import { DocumentKindRegistry, DocumentsService } from '../documents/index.js';
import { planDiff, wordDiff, type DiffPart, type PlanDiff } from './approval-diff.js';

export interface VersionDiff {
  documentId: string;
  documentKind: string;
  fromVersionId: string;
  toVersionId: string;
  /** Text kinds (posts, strategies): the plain texts' word diff. */
  words: DiffPart[] | null;
  /** Media plans: rows, cells and totals. */
  plan: PlanDiff | null;
}

/**
 * What changed between two versions of one document, for "changed after your approval":
 * a word diff of the plain text for posts and strategies, a cell-level diff for media plans.
 */
@Injectable()
export class ApprovalDiffService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: DocumentsService,
    private readonly kinds: DocumentKindRegistry,
  ) {}

  async diff(
    principal: Principal,
    fromVersionId: string,
    toVersionId: string,
  ): Promise<VersionDiff> {
    const ids = [fromVersionId, toVersionId];
    const rows = ids.every(isUuid)
      ? await this.dataSource.query<Array<{ id: string; document_id: string; state: Buffer }>>(
          'SELECT id, document_id, state FROM document_versions WHERE id = ANY($1::uuid[])',
          [ids],
        )
      : [];
    const from = rows.find((row) => row.id === fromVersionId);
    const to = rows.find((row) => row.id === toVersionId);
    if (!from || !to) throw AppError.notFound('The version');
    if (from.document_id !== to.document_id) {
      throw AppError.validation('toVersionId', 'Compare two versions of the same document.');
    }
    const { document } = await this.documents.open(principal, from.document_id).catch(() => {
      throw AppError.notFound('The version');
    });
    const before = docOf(from.state);
    const after = docOf(to.state);
    try {
      const base = {
        documentId: document.id,
        documentKind: document.kind,
        fromVersionId,
        toVersionId,
      };
      if (document.kind === 'media_plan') {
        return { ...base, words: null, plan: planDiff(before, after) };
      }
      const kind = this.kinds.get(document.kind);
      return {
        ...base,
        words: wordDiff(kind.plainText(before), kind.plainText(after)),
        plan: null,
      };
    } finally {
      before.destroy();
      after.destroy();
    }
  }
}

function docOf(state: Buffer): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(state));
  return doc;
}
