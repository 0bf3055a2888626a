import type { NestExpressApplication } from '@nestjs/platform-express';
import { writeTableCsv, writeTableXlsx } from '@chorus/media-plan-model/io';
import request from 'supertest';
import type { GraphQLClient } from '../support/graphql.js';
import { asBytes } from '../support/http-bytes.js';

/** Helpers of the posts-file tests: upload, download, and files built from rows. */
export function postFiles(app: NestExpressApplication) {
  const server = () => app.getHttpServer() as Parameters<typeof request>[0];
  return {
    import(
      client: GraphQLClient,
      brandId: string,
      format: 'csv' | 'xlsx',
      body: Uint8Array,
      query: { dryRun?: boolean; mapping?: Record<string, string>; dateOrder?: string } = {},
    ) {
      const params = new URLSearchParams({ format });
      if (query.dryRun) params.set('dryRun', 'true');
      if (query.mapping) params.set('mapping', JSON.stringify(query.mapping));
      if (query.dateOrder) params.set('dateOrder', query.dateOrder);
      return request(server())
        .post(`/api/brands/${brandId}/posts/import?${params.toString()}`)
        .set('cookie', client.cookie ?? '')
        .set('x-chorus-request', '1')
        .set('content-type', 'application/octet-stream')
        .send(Buffer.from(body));
    },
    export(
      client: GraphQLClient,
      brandId: string,
      format: 'csv' | 'xlsx',
      from: string,
      to: string,
    ) {
      return asBytes(
        request(server())
          .get(`/api/brands/${brandId}/posts/export?format=${format}&from=${from}&to=${to}`)
          .set('cookie', client.cookie ?? ''),
      );
    },
    exportPlan(client: GraphQLClient, documentId: string, format: 'csv' | 'xlsx') {
      return asBytes(
        request(server())
          .get(`/api/documents/${documentId}/export?format=${format}`)
          .set('cookie', client.cookie ?? ''),
      );
    },
    importPlan(client: GraphQLClient, documentId: string, format: 'csv' | 'xlsx', body: Buffer) {
      return request(server())
        .post(`/api/documents/${documentId}/import?format=${format}`)
        .set('cookie', client.cookie ?? '')
        .set('x-chorus-request', '1')
        .set('content-type', 'application/octet-stream')
        .send(body);
    },
  };
}

/** A table as a CSV or XLSX file. */
export async function tableFile(
  format: 'csv' | 'xlsx',
  header: string[],
  rows: (string | null)[][],
): Promise<Uint8Array> {
  return format === 'csv' ? writeTableCsv(header, rows) : writeTableXlsx('Posts', header, rows);
}

/** [row, column, code] of each problem of a report, for compact expectations. */
export function problemsOf(body: {
  problems: Array<{ row: number; column: string; code: string }>;
}) {
  return body.problems.map((p) => [p.row, p.column, p.code]);
}
