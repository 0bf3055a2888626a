import { MAX_IMPORT_BYTES } from '@chorus/media-plan-model/io';
import {
  type ColumnMapping,
  isDateOrder,
  isPostField,
  type PostFileFormat,
} from '@chorus/post-model';
import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError } from '../../../platform/errors/index.js';
import { attachment } from '../../../platform/files/index.js';
import { CurrentPrincipal, type Principal } from '../../access/index.js';
import { readBody, REQUEST_HEADER } from '../../media-plans/index.js';
import { PostExportService } from './post-export.service.js';
import { PostImportService, type PostImportReport } from './post-import.service.js';

function formatOf(value: unknown): PostFileFormat {
  if (value !== 'csv' && value !== 'xlsx')
    throw AppError.validation('format', 'Choose csv or xlsx.');
  return value;
}

/** The mapping query parameter: a JSON object of field → header name. */
export function mappingOf(value: unknown): ColumnMapping | null {
  if (value === undefined || value === '') return null;
  let parsed: unknown;
  try {
    parsed = typeof value === 'string' && value.length <= 8000 ? JSON.parse(value) : null;
  } catch {
    parsed = null;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw AppError.validation('mapping', 'Send the mapping as a JSON object of field → column.');
  }
  const mapping: ColumnMapping = {};
  for (const [field, header] of Object.entries(parsed)) {
    if (!isPostField(field))
      throw AppError.validation('mapping', `"${field}" is not a post field.`);
    if (header === null || header === '') continue;
    if (typeof header !== 'string' || header.length > 200) {
      throw AppError.validation('mapping', `Map ${field} to a column name.`);
    }
    mapping[field] = header;
  }
  return mapping;
}

function text(value: unknown): string {
  if (typeof value !== 'string')
    throw AppError.validation('from', 'Give from and to as yyyy-mm-dd.');
  return value;
}

/**
 * Posts files over plain HTTP (the session cookie authenticates), like media-plan files:
 * GET  /api/brands/:brandId/posts/export?format=csv|xlsx&from=yyyy-mm-dd&to=yyyy-mm-dd — a
 * download of the brand's posts published between those local days (post.read);
 * POST /api/brands/:brandId/posts/import?format=csv|xlsx[&dryRun=true][&mapping=<json>]
 * [&dateOrder=dmy|mdy] — the file as the raw body with `X-Chorus-Request: 1` (post.edit,
 * checked before the upload is read); answers a report (422 when it has errors).
 */
@Controller('api/brands/:brandId/posts')
export class PostFilesController {
  constructor(
    private readonly imports: PostImportService,
    private readonly exports: PostExportService,
  ) {}

  @Get('export')
  async export(
    @CurrentPrincipal() principal: Principal,
    @Param('brandId') brandId: string,
    @Query() query: Record<string, unknown>,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.exports.export(
      principal,
      brandId,
      { from: text(query.from), to: text(query.to) },
      formatOf(query.format),
    );
    response
      .status(200)
      .setHeader('content-type', file.contentType)
      .setHeader('content-disposition', attachment(file.filename))
      .setHeader('cache-control', 'no-store')
      .send(file.body);
  }

  @Post('import')
  @HttpCode(200)
  async import(
    @CurrentPrincipal() principal: Principal,
    @Param('brandId') brandId: string,
    @Query() query: Record<string, unknown>,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PostImportReport> {
    if (request.headers[REQUEST_HEADER] !== '1') {
      throw AppError.forbidden('Uploads need the X-Chorus-Request header.');
    }
    const format = formatOf(query.format);
    if (/^application\/json/i.test(request.headers['content-type'] ?? '')) {
      throw AppError.validation('file', 'Send the file as application/octet-stream, not JSON.');
    }
    const mapping = mappingOf(query.mapping);
    const dateOrder = query.dateOrder ?? 'dmy';
    if (!isDateOrder(dateOrder)) throw AppError.validation('dateOrder', 'Choose dmy or mdy.');
    const brand = await this.imports.authorize(principal, brandId);
    const body = await readBody(request, MAX_IMPORT_BYTES);
    const report = await this.imports.run(principal, brand, format, body, {
      mapping,
      dateOrder,
      dryRun: query.dryRun === 'true' || query.dryRun === '1',
    });
    if (!report.ok) response.status(422);
    return report;
  }
}
