import { MAX_IMPORT_BYTES } from '@chorus/media-plan-model/io';
import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError } from '../../platform/errors/index.js';
import { ErrorCode } from '../../platform/errors/error-codes.js';
import { CurrentPrincipal, type Principal } from '../access/index.js';
import {
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

function tooLarge(): AppError {
  return new AppError(ErrorCode.PAYLOAD_TOO_LARGE, 'The file is larger than 10 MB.', {
    details: { limitBytes: MAX_IMPORT_BYTES },
  });
}

/** Reads a raw request body up to `limit` bytes; larger bodies are refused as they arrive. */
async function readBody(request: Request, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Media-plan files over plain HTTP (the session cookie authenticates):
 * GET  /api/documents/:id/export?format=csv|xlsx — a download;
 * POST /api/documents/:id/import?format=csv|xlsx[&dryRun=true] — the file as the raw body
 * (any content type) with the header `X-Chorus-Request: 1`; answers an import report.
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
      .setHeader(
        'content-disposition',
        `attachment; filename="${file.filename.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      )
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
    const body = await readBody(request, MAX_IMPORT_BYTES);
    const report = await this.plans.import(
      principal,
      documentId,
      fileFormat,
      body,
      dryRun === 'true' || dryRun === '1',
    );
    if (!report.ok) response.status(422);
    return report;
  }
}
