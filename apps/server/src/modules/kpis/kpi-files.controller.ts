import { MAX_IMPORT_BYTES } from '@chorus/media-plan-model/io';
import { isNetworkId } from '@chorus/post-model';
import { Controller, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError } from '../../platform/errors/index.js';
import { CurrentPrincipal, type Principal } from '../access/index.js';
import { readBody } from '../media-plans/index.js';
import {
  actualsMappingOf,
  type ActualsImportReport,
  KpiImportService,
} from './kpi-import.service.js';
import { kpiUploadOf } from './kpi-upload.js';

/**
 * Actuals files over plain HTTP, like posts files:
 * POST /api/brands/:brandId/kpis/actuals/import?format=csv|xlsx[&dryRun=true][&network=<id>]
 * [&mapping=<json>][&locale=<bcp47>] — the file as the raw body with `X-Chorus-Request: 1`
 * (metrics.edit, checked before the upload is read); answers a report (422 when it has
 * errors; nothing is written unless the whole file is clean).
 */
@Controller('api/brands/:brandId/kpis/actuals')
export class KpiFilesController {
  constructor(private readonly imports: KpiImportService) {}

  @Post('import')
  @HttpCode(200)
  async import(
    @CurrentPrincipal() principal: Principal,
    @Param('brandId') brandId: string,
    @Query() query: Record<string, unknown>,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ActualsImportReport> {
    const { format, locale, dryRun } = kpiUploadOf(request, query);
    const network = query.network ?? null;
    if (network !== null && (typeof network !== 'string' || !isNetworkId(network))) {
      throw AppError.validation('network', 'Choose a network id.');
    }
    const mapping = actualsMappingOf(query.mapping);
    const brand = await this.imports.authorize(principal, brandId);
    const body = await readBody(request, MAX_IMPORT_BYTES);
    const report = await this.imports.run(principal, brand, format, body, {
      mapping,
      network,
      locale,
      dryRun,
    });
    if (!report.ok) response.status(422);
    return report;
  }
}
