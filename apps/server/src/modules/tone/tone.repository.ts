import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ToneCheckEntity, ToneGuidelineEntity, ToneIgnoreEntity } from './tone.entities.js';

/** A guideline version with its author's name. */
export interface GuidelineRow {
  entity: ToneGuidelineEntity;
  authorName: string | null;
}

/** A document the guideline-change report looks at. */
export interface WatchedDocument {
  id: string;
  title: string;
  kind: 'post' | 'strategy';
  language: string | null;
  state: 'scheduled' | 'in_review';
  networks: string[];
}

/** Most documents one guideline-change report checks (the next ones to publish first). */
export const IMPACT_LIMIT = 200;

/** An ignore-once decision as the editors list it. */
export interface IgnoreRow {
  id: string;
  ruleId: string;
  text: string;
  reason: string;
  createdAt: Date;
  authorName: string | null;
}

/** The tone module's queries. */
@Injectable()
export class ToneRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The guideline in force (newest version), or null. */
  async current(
    brandId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<GuidelineRow | null> {
    const [row] = await this.withAuthors(
      manager,
      'WHERE g.brand_id = $1 ORDER BY g.version DESC LIMIT 1',
      [brandId],
    );
    return row ?? null;
  }

  /** Every version, newest first. */
  versions(brandId: string): Promise<GuidelineRow[]> {
    return this.withAuthors(
      this.dataSource.manager,
      'WHERE g.brand_id = $1 ORDER BY g.version DESC',
      [brandId],
    );
  }

  /** One saved version, or null. */
  async version(brandId: string, version: number): Promise<GuidelineRow | null> {
    const [row] = await this.withAuthors(
      this.dataSource.manager,
      'WHERE g.brand_id = $1 AND g.version = $2',
      [brandId, version],
    );
    return row ?? null;
  }

  /** A document's ignore-once decisions with their reasons and authors, oldest first. */
  async ignoreList(documentId: string): Promise<IgnoreRow[]> {
    const rows = await this.dataSource.query<Array<Record<string, unknown>>>(
      `SELECT i.id, i.rule_id, i.text, i.reason, i.created_at, u.display_name AS author_name
         FROM tone_ignores i LEFT JOIN users u ON u.id = i.created_by
        WHERE i.document_id = $1 ORDER BY i.created_at, i.id`,
      [documentId],
    );
    return rows.map((row) => ({
      id: row.id as string,
      ruleId: row.rule_id as string,
      text: row.text as string,
      reason: row.reason as string,
      createdAt: row.created_at as Date,
      authorName: row.author_name as string | null,
    }));
  }

  /** Ignore-once decisions of a document (rule + text), for its checks. */
  async ignores(
    documentId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Array<{ ruleId: string; text: string }>> {
    const rows = await manager.find(ToneIgnoreEntity, {
      where: { documentId },
      select: { ruleId: true, text: true },
    });
    return rows.map((row) => ({ ruleId: row.ruleId, text: row.text }));
  }

  /** Ignore-once decisions of many documents in one statement: document id → its list. */
  async ignoresOf(
    documentIds: readonly string[],
  ): Promise<Map<string, Array<{ ruleId: string; text: string }>>> {
    const found = new Map<string, Array<{ ruleId: string; text: string }>>();
    if (documentIds.length === 0) return found;
    const rows = await this.dataSource.query<
      Array<{ document_id: string; rule_id: string; text: string }>
    >('SELECT document_id, rule_id, text FROM tone_ignores WHERE document_id = ANY($1::uuid[])', [
      documentIds,
    ]);
    for (const row of rows) {
      const list = found.get(row.document_id) ?? [];
      list.push({ ruleId: row.rule_id, text: row.text });
      found.set(row.document_id, list);
    }
    return found;
  }

  /** The brand's content languages (BCP 47 tags) and workspace. */
  async brandFacts(
    brandId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ languages: string[]; workspaceId: string } | null> {
    const [row] = await manager.query<Array<{ languages: string[]; workspace_id: string }>>(
      'SELECT content_languages AS languages, workspace_id FROM brands WHERE id = $1',
      [brandId],
    );
    return row ? { languages: row.languages ?? [], workspaceId: row.workspace_id } : null;
  }

  /** A post's networks (empty for other kinds). */
  async networks(documentId: string, manager: EntityManager = this.dataSource.manager) {
    const [row] = await manager.query<Array<{ networks: string[] }>>(
      'SELECT networks FROM posts WHERE document_id = $1',
      [documentId],
    );
    return row?.networks ?? [];
  }

  /**
   * The brand's documents a guideline change can hurt: posts scheduled or in review, and
   * strategies with a pending approval request — the next to publish first.
   */
  watched(brandId: string): Promise<WatchedDocument[]> {
    return this.dataSource.query<WatchedDocument[]>(
      `SELECT d.id, d.title, d.kind, d.language,
              CASE WHEN p.status = 'scheduled' THEN 'scheduled' ELSE 'in_review' END AS state,
              COALESCE(p.networks, '{}') AS networks
         FROM documents d
         LEFT JOIN posts p ON p.document_id = d.id
        WHERE d.brand_id = $1 AND d.archived_at IS NULL
          AND ((d.kind = 'post' AND p.status IN ('scheduled', 'in_review'))
            OR (d.kind = 'strategy' AND EXISTS (
                  SELECT 1 FROM approval_requests r
                   WHERE r.document_id = d.id AND r.status = 'pending')))
        ORDER BY p.publish_at ASC NULLS LAST, d.updated_at DESC, d.id
        LIMIT ${IMPACT_LIMIT}`,
      [brandId],
    );
  }

  /** The stored checks of requests, each for the version the request is bound to now. */
  async checksOf(
    pairs: ReadonlyArray<{ requestId: string; versionId: string }>,
  ): Promise<Map<string, ToneCheckEntity & { overriderName: string | null }>> {
    if (pairs.length === 0) return new Map();
    const rows = await this.dataSource.query<Array<Record<string, unknown>>>(
      `SELECT c.*, u.display_name AS overrider_name
         FROM unnest($1::uuid[], $2::uuid[]) AS p(request_id, version_id)
         JOIN tone_checks c ON c.request_id = p.request_id AND c.version_id = p.version_id
         LEFT JOIN users u ON u.id = c.overridden_by`,
      [pairs.map((pair) => pair.requestId), pairs.map((pair) => pair.versionId)],
    );
    return new Map(
      rows.map((row) => [
        row.request_id as string,
        {
          id: row.id as string,
          requestId: row.request_id as string,
          versionId: row.version_id as string,
          documentId: row.document_id as string,
          guidelineVersion: row.guideline_version as number,
          score: row.score as number,
          verdict: row.verdict as ToneCheckEntity['verdict'],
          requiredViolations: row.required_violations as number,
          recommendedViolations: row.recommended_violations as number,
          findings: row.findings as ToneCheckEntity['findings'],
          overrideReason: row.override_reason as string | null,
          overriddenBy: row.overridden_by as string | null,
          checkedAt: row.checked_at as Date,
          overriderName: row.overrider_name as string | null,
        },
      ]),
    );
  }

  private async withAuthors(
    manager: EntityManager,
    tail: string,
    params: unknown[],
  ): Promise<GuidelineRow[]> {
    const rows = await manager.query<Array<Record<string, unknown>>>(
      `SELECT g.id, g.brand_id, g.version, g.guide, g.created_by, g.created_at,
              u.display_name AS author_name
         FROM tone_guidelines g LEFT JOIN users u ON u.id = g.created_by ${tail}`,
      params,
    );
    return rows.map((row) => ({
      entity: Object.assign(new ToneGuidelineEntity(), {
        id: row.id as string,
        brandId: row.brand_id as string,
        version: row.version as number,
        guide: row.guide as object,
        createdBy: row.created_by as string | null,
        createdAt: row.created_at as Date,
      }),
      authorName: row.author_name as string | null,
    }));
  }
}
