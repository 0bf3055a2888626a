import { MAX_IMPORT_BYTES } from '@chorus/media-plan-model/io';
import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError } from '../../platform/errors/index.js';
import { attachment } from '../../platform/files/index.js';
import { CurrentPrincipal, type Principal } from '../access/index.js';
import {
  importTooLarge,
  isPlanFileFormat,
  MediaPlansService,
  type ImportReport,
  type PlanFileFormat,
} from './media-plans.service.js';

/** Header a same-origin script sends with uploads; a cross-site form cannot. */
export const REQUEST_HEADER = 'x-chorus-request';

function formatOf(value: unknown): PlanFileFormat {
  if (!isPlanFileFormat(value)) throw AppError.validation('format', 'Choose csv or xlsx.');
  return value;
}

/** Reads a raw request body up to `limit` bytes; larger bodies are refused as they arrive. */
export async function readBody(request: Request, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) throw importTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw importTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Media-plan files over plain HTTP (the session cookie authenticates):
 * GET  /api/documents/:id/export?format=csv|xlsx — a download;
 * POST /api/documents/:id/import?format=csv|xlsx[&dryRun=true] — the file as the raw body
 * (application/octet-stream, text/csv or the XLSX type; not JSON) with the header
 * `X-Chorus-Request: 1`; answers an import report. Who may import is checked before the
 * upload is read.
 */
@Controller('api/documents/:documentId')
export class MediaPlanFilesController {
  constructor(private readonly plans: MediaPlansService) {}

  @Get('export')
  async export(
    @CurrentPrincipal() principal: Principal,
    @Param('documentId') documentId: string,
    @Query('format') format: unknown,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.plans.export(principal, documentId, formatOf(format));
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
    @Param('documentId') documentId: string,
    @Query('format') format: unknown,
    @Query('dryRun') dryRun: unknown,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ImportReport> {
    if (request.headers[REQUEST_HEADER] !== '1') {
      throw AppError.forbidden('Uploads need the X-Chorus-Request header.');
    }
    const fileFormat = formatOf(format);
    if (/^application\/json/i.test(request.headers['content-type'] ?? '')) {
      throw AppError.validation('file', 'Send the file as application/octet-stream, not JSON.');
    }
    const view = await this.plans.authorizeImport(principal, documentId);
    const body = await readBody(request, MAX_IMPORT_BYTES);
    const report = await this.plans.import(
      principal,
      view,
      fileFormat,
      body,
      dryRun === 'true' || dryRun === '1',
    );
    if (!report.ok) response.status(422);
    return report;
  }
}
