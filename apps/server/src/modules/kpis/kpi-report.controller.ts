import { type ReportCell, type ReportSheet, writeReportXlsx } from '@chorus/media-plan-model/io';
import { Controller, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError } from '../../platform/errors/index.js';
import { attachment } from '../../platform/files/index.js';
import { AccessService, CurrentPrincipal, type Principal } from '../access/index.js';
import { readBody, REQUEST_HEADER } from '../media-plans/index.js';

/** What a report may hold: a few sheets of a dashboard's size, never a data dump. */
export const REPORT_LIMITS = {
  bytes: 4 * 1024 * 1024,
  sheets: 5,
  rows: 20_000,
  columns: 60,
  cellChars: 2_000,
  nameChars: 100,
} as const;

/** The body's media type: JSON, read here (the app's JSON parser stops at 100 kB). */
export const REPORT_CONTENT_TYPE = 'application/vnd.chorus.report+json';

/**
 * The dashboard as an XLSX workbook:
 * POST /api/brands/:brandId/kpis/report.xlsx with `X-Chorus-Request: 1` and the report's
 * tables as `{ fileName, sheets: [{ name, rows }] }` (REPORT_CONTENT_TYPE). The reader's
 * page lays the tables out in their language (as it does for CSV and print); the server
 * checks that they may read the brand's results (metrics.read) and writes the workbook —
 * numbers stay numbers, text stays text. Nothing is stored.
 */
@Controller('api/brands/:brandId/kpis')
export class KpiReportController {
  constructor(private readonly access: AccessService) {}

  @Post('report.xlsx')
  async report(
    @CurrentPrincipal() principal: Principal,
    @Param('brandId') brandId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    if (request.headers[REQUEST_HEADER] !== '1') {
      throw AppError.forbidden('Reports need the X-Chorus-Request header.');
    }
    await this.access.authorizeBrandOrGuest(principal, brandId, 'metrics.read');
    if (!(request.headers['content-type'] ?? '').startsWith(REPORT_CONTENT_TYPE)) {
      throw AppError.validation('report', `Send the report as ${REPORT_CONTENT_TYPE}.`);
    }
    const body = await readBody(request, REPORT_LIMITS.bytes);
    const { fileName, sheets } = reportOf(body);
    const workbook = await writeReportXlsx(sheets);
    response
      .status(200)
      .setHeader(
        'content-type',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      )
      .setHeader('content-disposition', attachment(fileName))
      .setHeader('cache-control', 'no-store')
      .send(Buffer.from(workbook.buffer, workbook.byteOffset, workbook.byteLength));
  }
}

/** The report in a request body, or a VALIDATION error naming what is wrong. */
export function reportOf(body: Uint8Array): { fileName: string; sheets: ReportSheet[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    throw AppError.validation('report', 'The report is not readable JSON.');
  }
  if (!isObject(parsed)) throw AppError.validation('report', 'The report is not an object.');
  const fileName = reportFileName(parsed.fileName);
  const sheets = parsed.sheets;
  if (!Array.isArray(sheets) || sheets.length === 0 || sheets.length > REPORT_LIMITS.sheets) {
    throw AppError.validation('sheets', `Give 1 to ${REPORT_LIMITS.sheets} sheets.`);
  }
  return { fileName, sheets: sheets.map((sheet, index) => sheetOf(sheet, index)) };
}

function sheetOf(sheet: unknown, index: number): ReportSheet {
  const field = `sheets[${index}]`;
  if (!isObject(sheet)) throw AppError.validation(field, 'A sheet is an object.');
  const { name, rows } = sheet;
  if (typeof name !== 'string' || name.trim() === '' || name.length > REPORT_LIMITS.nameChars) {
    throw AppError.validation(
      `${field}.name`,
      `Name the sheet (at most ${REPORT_LIMITS.nameChars} characters).`,
    );
  }
  if (!Array.isArray(rows) || rows.length > REPORT_LIMITS.rows) {
    throw AppError.validation(`${field}.rows`, `At most ${REPORT_LIMITS.rows} rows.`);
  }
  return {
    name,
    rows: rows.map((row: unknown, r) => {
      if (!Array.isArray(row) || row.length > REPORT_LIMITS.columns) {
        throw AppError.validation(
          `${field}.rows[${r}]`,
          `A row is a list of at most ${REPORT_LIMITS.columns} cells.`,
        );
      }
      return row.map((cell: unknown, c): ReportCell => {
        if (cell === null) return null;
        if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
        if (typeof cell === 'string' && cell.length <= REPORT_LIMITS.cellChars) return cell;
        throw AppError.validation(
          `${field}.rows[${r}][${c}]`,
          `A cell is a finite number, text of at most ${REPORT_LIMITS.cellChars} characters, or null.`,
        );
      });
    }),
  };
}

function reportFileName(value: unknown): string {
  if (value === undefined || value === null) return 'report.xlsx';
  if (typeof value !== 'string' || !/^[\p{L}\p{N} ._-]{1,100}$/u.test(value)) {
    throw AppError.validation('fileName', 'Letters, digits, spaces, dots, dashes and underscores.');
  }
  return value.endsWith('.xlsx') ? value : `${value}.xlsx`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
