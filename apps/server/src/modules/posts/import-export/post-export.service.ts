import { writeTableCsv, writeTableXlsx } from '@chorus/media-plan-model/io';
import {
  NETWORK_IDS,
  POST_FIELDS,
  type PostField,
  type PostFileFormat,
  readPost,
} from '@chorus/post-model';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DocumentEditor } from '../../../collaboration/index.js';
import { AppError } from '../../../platform/errors/index.js';
import { fileName, WorkLimiter } from '../../../platform/files/index.js';
import { AccessService, type Principal } from '../../access/index.js';
import { parseLocalDate } from '../publish-time.js';
import { exportHeader } from './post-columns.js';
import { MAX_POST_IMPORT_ROWS } from './post-import.service.js';

export interface PostFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

const CONTENT_TYPES: Record<PostFileFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The exported columns: every field but the separate time (the date column carries it). */
export const EXPORT_FIELDS: readonly PostField[] = POST_FIELDS.filter((f) => f !== 'publishTime');

interface ExportRow {
  id: string;
  title: string;
  networks: string[];
  publish_local: string | null;
  format: string;
  category_name: string | null;
  promotional: boolean | null;
  goal_id: string | null;
  media_plan_row_id: string | null;
  assignee_email: string | null;
  status: string;
}

/**
 * A brand's posts between two local days as CSV or XLSX, in the columns an import reads
 * (so an export imports again as copies). Archived posts are left out; publish times are
 * the brand's wall-clock time; CSV text that a spreadsheet would run as a formula is
 * prefixed with an apostrophe, which the import removes.
 */
@Injectable()
export class PostExportService {
  private readonly files = new WorkLimiter(2);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly editor: DocumentEditor,
  ) {}

  async export(
    principal: Principal,
    brandId: string,
    range: { from: string; to: string },
    format: PostFileFormat,
  ): Promise<PostFile> {
    const { brand } = await this.access.authorizeBrand(principal, brandId, 'post.read');
    const from = parseLocalDate(range.from, 'from');
    const to = parseLocalDate(range.to, 'to');
    if (from.until(to).days < 0)
      throw AppError.validation('to', 'The range ends before it starts.');
    const rows = await this.dataSource.query<ExportRow[]>(
      `SELECT p.document_id AS id, d.title, p.networks,
              to_char(p.publish_at AT TIME ZONE b.time_zone, 'YYYY-MM-DD HH24:MI') AS publish_local,
              p.format, c.name AS category_name, p.promotional, p.goal_id, p.media_plan_row_id,
              u.email AS assignee_email, p.status
         FROM posts p
         JOIN documents d ON d.id = p.document_id
         JOIN brands b ON b.id = p.brand_id
         LEFT JOIN content_categories c ON c.id = p.category_id
         LEFT JOIN users u ON u.id = p.assignee_id
        WHERE p.brand_id = $1 AND d.archived_at IS NULL AND p.status <> 'archived'
          AND p.publish_at >= ($2::date)::timestamp AT TIME ZONE b.time_zone
          AND p.publish_at < ($3::date + 1)::timestamp AT TIME ZONE b.time_zone
        ORDER BY p.publish_at, d.created_at
        LIMIT $4`,
      [brandId, from.toString(), to.toString(), MAX_POST_IMPORT_ROWS + 1],
    );
    if (rows.length > MAX_POST_IMPORT_ROWS) {
      throw AppError.validation(
        'to',
        `More than ${MAX_POST_IMPORT_ROWS} posts fall in this range; export a shorter one.`,
      );
    }
    const body = await this.files.run(async () => {
      const lines: (string | null)[][] = [];
      for (const row of rows) lines.push(await this.line(row));
      const header = EXPORT_FIELDS.map(exportHeader);
      return Buffer.from(
        format === 'csv'
          ? writeTableCsv(header, lines)
          : await writeTableXlsx('Posts', header, lines, widths()),
      );
    });
    return {
      filename: `${fileName(`${brand.name} posts ${range.from} ${range.to}`, 'posts')}.${format}`,
      contentType: CONTENT_TYPES[format],
      body,
    };
  }

  private async line(row: ExportRow): Promise<(string | null)[]> {
    const doc = await this.editor.read(row.id);
    const content = (() => {
      try {
        return readPost(doc);
      } finally {
        doc.destroy();
      }
    })();
    const values: Record<PostField, string | null> = {
      title: row.title,
      body: content.body,
      networks: row.networks.join(', '),
      publishAt: row.publish_local,
      publishTime: null,
      format: row.format,
      category: row.category_name,
      promotional: row.promotional === null ? null : row.promotional ? 'yes' : 'no',
      goal: row.goal_id,
      rowId: row.media_plan_row_id,
      assignee: row.assignee_email,
      status: row.status,
      firstComment: content.firstComment,
    } as Record<PostField, string | null>;
    for (const network of NETWORK_IDS)
      values[`text:${network}`] = content.variants[network] ?? null;
    return EXPORT_FIELDS.map((field) => values[field] ?? null);
  }
}

function widths(): number[] {
  return EXPORT_FIELDS.map((field) =>
    field === 'body' || field.startsWith('text:') ? 48 : field === 'title' ? 32 : 16,
  );
}
