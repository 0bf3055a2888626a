import { MAX_IMPORT_BYTES } from '@chorus/media-plan-model/io';
import { isNetworkId } from '@chorus/post-model';
import { Controller, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError } from '../../../platform/errors/index.js';
import { CurrentPrincipal, type Principal } from '../../access/index.js';
import { readBody } from '../../media-plans/index.js';
import { kpiUploadOf } from '../kpi-upload.js';
import { type ActivityImportReport, AudienceActivityService } from './audience-activity.service.js';

/**
 * POST /api/brands/:brandId/kpis/audience-activity/import?network=<id>&format=csv|xlsx
 * [&dryRun=true][&locale=<bcp47>] — a network's "when your followers are online" grid as the
 * raw body with `X-Chorus-Request: 1` (metrics.edit, checked before the upload is read);
 * answers a report (422 naming every bad row and column; nothing written unless clean).
 */
@Controller('api/brands/:brandId/kpis/audience-activity')
export class AudienceActivityController {
  constructor(private readonly activity: AudienceActivityService) {}

  @Post('import')
  @HttpCode(200)
  async import(
    @CurrentPrincipal() principal: Principal,
    @Param('brandId') brandId: string,
    @Query() query: Record<string, unknown>,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ActivityImportReport> {
    const { format, locale, dryRun } = kpiUploadOf(request, query);
    const { network } = query;
    if (typeof network !== 'string' || !isNetworkId(network)) {
      throw AppError.validation('network', 'Choose the network the grid comes from.');
    }
    const brand = await this.activity.authorizeImport(principal, brandId);
    const body = await readBody(request, MAX_IMPORT_BYTES);
    const report = await this.activity.import(principal, brand, network, format, body, {
      locale,
      dryRun,
    });
    if (!report.ok) response.status(422);
    return report;
  }
}
