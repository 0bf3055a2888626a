import { randomUUID } from 'node:crypto';
import { readCsvTable, readXlsxTable, type TableRead } from '@chorus/media-plan-model/io';
import { can } from '@chorus/permissions';
import {
  type ColumnMapping,
  type DateOrder,
  type NetworkId,
  postBody,
  postFirstComment,
  type PostFileFormat,
  postVariants,
} from '@chorus/post-model';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import * as Y from 'yjs';
import { WorkLimiter } from '../../../platform/files/index.js';
import { AccessService, pairKey, type Principal } from '../../access/index.js';
import { assertBrandActive, type BrandEntity } from '../../brands/index.js';
import { EventLog } from '../../events/index.js';
import { MediaPlansService } from '../../media-plans/index.js';
import { StrategiesService } from '../../strategies/index.js';
import { suggestMapping } from './post-columns.js';
import {
  type BrandLookups,
  type CheckedPost,
  checkRecords,
  type ImportProblem,
  textOf,
} from './post-import-check.js';

/** Most posts one file may bring. */
export const MAX_POST_IMPORT_ROWS = 5000;
/** Most problems a report lists; the counts tell how many there were in all. */
export const MAX_LISTED_PROBLEMS = 1000;
const MAX_COLUMNS = 64;
/** Rows written per INSERT: 5,000 posts are 10 statements per table. */
const BATCH = 500;

export interface PostImportRequest {
  /** Field → header; absent: the mapping suggested from the header names. */
  mapping: ColumnMapping | null;
  dateOrder: DateOrder;
  dryRun: boolean;
}

/** What a dry run or an import answers. */
export interface PostImportReport {
  /** No errors: the file imports (or was imported) whole. */
  ok: boolean;
  applied: boolean;
  headers: string[];
  mapping: ColumnMapping;
  rows: number;
  errorRows: number;
  errorCount: number;
  warningCount: number;
  /** At most MAX_LISTED_PROBLEMS, errors first, each in file order. */
  problems: ImportProblem[];
  created: number;
}

const FILE_MESSAGES: Record<Exclude<TableRead, { ok: true }>['reason'], string> = {
  file_too_large: 'The file is larger than 10 MB.',
  file_empty: 'The file has no lines.',
  file_unreadable: 'The file cannot be read as this format; check that it is CSV or XLSX.',
  csv_malformed: 'A quoted field opened on this line is never closed.',
  too_many_rows: `The file has more than ${MAX_POST_IMPORT_ROWS} posts; split it.`,
  too_many_columns: `A line has more than ${MAX_COLUMNS} columns; check the delimiter.`,
};

/**
 * Imports posts from a CSV or XLSX file: every row is checked against the brand first
 * (a report naming each bad row and column), and only a file without errors is written,
 * all of it in one transaction — documents, their Yjs content, post rows and the event.
 */
@Injectable()
export class PostImportService {
  private readonly files = new WorkLimiter(2);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly strategies: StrategiesService,
    private readonly mediaPlans: MediaPlansService,
    private readonly events: EventLog,
  ) {}

  /** Who may import: whoever may create posts on the brand, while it is active. */
  async authorize(principal: Principal, brandId: string): Promise<BrandEntity> {
    const { brand } = await this.access.authorizeBrand(principal, brandId, 'post.edit');
    assertBrandActive(brand);
    return brand;
  }

  async run(
    principal: Principal,
    brand: BrandEntity,
    format: PostFileFormat,
    bytes: Uint8Array,
    request: PostImportRequest,
  ): Promise<PostImportReport> {
    return this.files.run(async () => {
      const limits = { maxRecords: MAX_POST_IMPORT_ROWS + 1, maxFields: MAX_COLUMNS };
      const table =
        format === 'csv' ? readCsvTable(bytes, limits) : await readXlsxTable(bytes, limits);
      if (!table.ok) return fileRefusal(table);
      const [header, ...data] = table.records;
      const headers = header!.cells.map((cell) => textOf(cell).trim());
      const mapping = request.mapping ?? suggestMapping(headers);
      const lookups = await this.lookups(principal, brand, header!, data, mapping);
      const checked = checkRecords(header!, data, {
        mapping,
        dateOrder: request.dateOrder,
        guarded: table.guarded,
        lookups,
      });
      const errors = checked.problems.filter((p) => p.severity === 'error');
      const warnings = checked.problems.filter((p) => p.severity === 'warning');
      const report: PostImportReport = {
        ok: errors.length === 0,
        applied: false,
        headers,
        mapping,
        rows: checked.rows,
        errorRows: checked.errorRows,
        errorCount: errors.length,
        warningCount: warnings.length,
        problems: [...errors, ...warnings].slice(0, MAX_LISTED_PROBLEMS),
        created: 0,
      };
      if (!report.ok || request.dryRun || checked.posts.length === 0) return report;
      await this.write(principal, brand, format, checked.posts);
      return { ...report, applied: true, created: checked.posts.length };
    });
  }

  private async lookups(
    principal: Principal,
    brand: BrandEntity,
    header: { cells: readonly unknown[] },
    data: readonly { cells: readonly (string | number | null)[] }[],
    mapping: ColumnMapping,
  ): Promise<BrandLookups> {
    const categories = new Map<string, string>();
    const rows = await this.dataSource.query<Array<{ id: string; name: string; key: string }>>(
      'SELECT id, name, key FROM content_categories WHERE brand_id = $1',
      [brand.id],
    );
    for (const row of rows) {
      categories.set(row.name.toLowerCase(), row.id);
      if (row.key && !categories.has(row.key.toLowerCase())) {
        categories.set(row.key.toLowerCase(), row.id);
      }
    }
    const goals = new Map<string, string>();
    const brandGoals = await this.strategies.brandGoals(principal, brand.id).catch(() => []);
    for (const goal of brandGoals) {
      goals.set(goal.id.toLowerCase(), goal.id);
      if (goal.statement.trim()) goals.set(goal.statement.trim().toLowerCase(), goal.id);
    }
    const planRows = mapping.rowId
      ? await this.mediaPlans.brandRowIds(principal, brand.id)
      : new Map<string, string>();
    const assignees = new Map<string, string>();
    const column = mapping.assignee
      ? header.cells.findIndex((cell) => textOf(cell as string).trim() === mapping.assignee)
      : -1;
    if (column >= 0) {
      const emails = [
        ...new Set(
          data.map((r) =>
            textOf(r.cells[column] ?? null)
              .trim()
              .toLowerCase(),
          ),
        ),
      ].filter((email) => email !== '' && email.length <= 320);
      const users = emails.length
        ? await this.dataSource.query<Array<{ id: string; email: string }>>(
            'SELECT id, email_normalized AS email FROM users WHERE email_normalized = ANY($1::text[])',
            [emails],
          )
        : [];
      const roles = await this.access.rolesOfPairs(
        users.map((user) => ({ userId: user.id, brandId: brand.id })),
      );
      for (const user of users) {
        if (can(roles.get(pairKey(user.id, brand.id)) ?? [], 'post.read'))
          assignees.set(user.email, user.id);
      }
    }
    return { timeZone: brand.timeZone, categories, goals, planRows, assignees };
  }

  /** Every post of the file in one transaction, in batches of {@link BATCH} rows. */
  private async write(
    principal: Principal,
    brand: BrandEntity,
    format: PostFileFormat,
    posts: readonly CheckedPost[],
  ): Promise<void> {
    const user = this.access.requireUser(principal);
    await this.dataSource.transaction(async (manager) => {
      const [locked] = await manager.query<Array<{ archived_at: Date | null }>>(
        'SELECT archived_at FROM brands WHERE id = $1 FOR SHARE',
        [brand.id],
      );
      assertBrandActive({ archivedAt: locked?.archived_at ?? null });
      for (let start = 0; start < posts.length; start += BATCH) {
        await insertBatch(manager, brand.id, user.userId, posts.slice(start, start + BATCH));
      }
      await this.events.record(manager, {
        type: 'post.imported',
        workspaceId: brand.workspaceId,
        brandId: brand.id,
        actorId: user.userId,
        subject: { type: 'brand', id: brand.id },
        data: { name: brand.name, format, posts: posts.length },
      });
    });
  }
}

async function insertBatch(
  manager: EntityManager,
  brandId: string,
  userId: string,
  posts: readonly CheckedPost[],
): Promise<void> {
  const ids = posts.map(() => randomUUID());
  await manager.query(
    `INSERT INTO documents (id, brand_id, kind, title, created_by)
     SELECT id, $1, 'post', title, $2 FROM unnest($3::uuid[], $4::text[]) AS t(id, title)`,
    [brandId, userId, ids, posts.map((p) => p.title)],
  );
  const states = posts.map((post) => Buffer.from(postState(post)));
  await manager.query(
    `INSERT INTO document_snapshots (document_id, state, last_seq, size_bytes, updated_at)
     SELECT id, state, 0, octet_length(state), now() FROM unnest($1::uuid[], $2::bytea[]) AS t(id, state)`,
    [ids, states],
  );
  await manager.query(
    `INSERT INTO posts (document_id, brand_id, networks, publish_at, format, category_id,
                        promotional, goal_id, media_plan_id, media_plan_row_id, assignee_id, status)
     SELECT id, $1, string_to_array(networks, ','), publish_at, format, category_id,
            promotional, goal_id, media_plan_id, row_id, assignee_id, status
       FROM unnest($2::uuid[], $3::text[], $4::timestamptz[], $5::text[], $6::uuid[],
                   $7::boolean[], $8::text[], $9::uuid[], $10::text[], $11::uuid[], $12::text[])
         AS t(id, networks, publish_at, format, category_id, promotional, goal_id,
              media_plan_id, row_id, assignee_id, status)`,
    [
      brandId,
      ids,
      posts.map((p) => p.networks.join(',')),
      posts.map((p) => p.publishAt?.toISOString() ?? null),
      posts.map((p) => p.format),
      posts.map((p) => p.categoryId),
      posts.map((p) => p.promotional),
      posts.map((p) => p.goalId),
      posts.map((p) => p.mediaPlanId),
      posts.map((p) => p.mediaPlanRowId),
      posts.map((p) => p.assigneeId),
      posts.map((p) => p.status),
    ],
  );
}

/** The post's content as the collaboration core stores it: one Yjs update. */
export function postState(
  post: Pick<CheckedPost, 'body' | 'firstComment' | 'variants'>,
): Uint8Array {
  const doc = new Y.Doc();
  try {
    doc.transact(() => {
      if (post.body) postBody(doc).insert(0, post.body);
      if (post.firstComment) postFirstComment(doc).insert(0, post.firstComment);
      for (const [network, text] of Object.entries(post.variants) as [NetworkId, string][]) {
        postVariants(doc).set(network, new Y.Text(text));
      }
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

function fileRefusal(table: Exclude<TableRead, { ok: true }>): PostImportReport {
  return {
    ok: false,
    applied: false,
    headers: [],
    mapping: {},
    rows: 0,
    errorRows: 0,
    errorCount: 1,
    warningCount: 0,
    problems: [
      {
        row: table.line,
        column: '',
        field: '',
        code: table.reason,
        severity: 'error',
        message: FILE_MESSAGES[table.reason],
      },
    ],
    created: 0,
  };
}
