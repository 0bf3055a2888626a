import { createHash } from 'node:crypto';
import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError, ErrorCode } from '../../../platform/errors/index.js';
import { AUTH_LIMITS, RateLimitService } from '../../../platform/throttling/index.js';
import type { KpiActualInput } from '../kpi.model.js';
import { KpisService } from '../kpis.service.js';
import { KpiApiTokensService } from './kpi-api-tokens.service.js';

/** Refused tokens per client address in ten minutes before the address waits. */
export const REFUSED_TOKENS_PER_ADDRESS = AUTH_LIMITS.apiToken.address.points;

/**
 * POST /api/brands/:brandId/kpis/actuals — a script posts actuals with a personal API
 * token: `Authorization: Bearer chorus_kpi_…`, a JSON body `{ "cells": [{ network, metric,
 * periodKey: "yyyy-mm", postRef?, value }] }` (value null clears a cell). The cells are
 * checked exactly as the grid's (`upsertKpiActuals`) and written all or none. A missing,
 * wrong, revoked or powerless token answers the same 401; refused tokens are throttled per
 * address (the `apiToken` limit: a working token gives its point back). No cookie is read:
 * a browser session cannot reach this route, so it needs no CSRF header.
 */
@Controller('api/brands/:brandId/kpis/actuals')
export class KpiApiController {
  constructor(
    private readonly tokens: KpiApiTokensService,
    private readonly kpis: KpisService,
    private readonly limits: RateLimitService,
  ) {}

  @Post()
  @HttpCode(200)
  async post(
    @Param('brandId') brandId: string,
    @Body() body: unknown,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<{ written: number; cleared: number }> {
    response.setHeader('cache-control', 'no-store');
    const address = request.ip ?? 'unknown';
    const authorization = request.headers.authorization ?? '';
    try {
      await this.limits.consume('apiToken', {
        address,
        account: createHash('sha256').update(authorization).digest('hex'),
      });
    } catch (error) {
      if (error instanceof AppError && error.code === ErrorCode.RATE_LIMITED)
        response.setHeader('retry-after', String(error.extensions.retryAfterSeconds));
      throw error;
    }
    const principal = await this.tokens.authenticate(authorization, brandId);
    if (!principal) {
      response.setHeader('WWW-Authenticate', 'Bearer realm="chorus-kpis"');
      throw AppError.unauthenticated('Send a working KPI API token: Authorization: Bearer …');
    }
    await this.limits.reward('apiToken', 'address', address);
    return this.kpis.upsertActuals(principal, { brandId, cells: cellsOf(body) }, 'api');
  }
}

/** The body's cells, shaped as the grid sends them; a typed VALIDATION naming the field otherwise. */
export function cellsOf(body: unknown): KpiActualInput[] {
  const cells = (body as { cells?: unknown } | null)?.cells;
  if (!Array.isArray(cells)) throw AppError.validation('cells', 'Send { "cells": [ … ] }.');
  return cells.map((cell: unknown, index) => {
    const field = `cells.${index}`;
    if (typeof cell !== 'object' || cell === null) {
      throw AppError.validation(field, 'Each cell is an object.');
    }
    const { network, metric, periodKey, postRef, value } = cell as Record<string, unknown>;
    for (const [name, text] of Object.entries({ network, metric, periodKey })) {
      if (typeof text !== 'string') throw AppError.validation(`${field}.${name}`, 'A string.');
    }
    if (postRef !== undefined && postRef !== null && typeof postRef !== 'string') {
      throw AppError.validation(`${field}.postRef`, 'A string or null.');
    }
    if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) {
      throw AppError.validation(`${field}.value`, 'A number, or null to clear the cell.');
    }
    return {
      network: network as string,
      metric: metric as string,
      periodKey: periodKey as string,
      postRef: postRef ?? null,
      value: value,
    };
  });
}
