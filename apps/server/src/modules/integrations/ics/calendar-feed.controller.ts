import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '../../../platform/config/index.js';
import { REDIS } from '../../../platform/redis/index.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';

/**
 * Fetches per client address and minute. Calendar apps poll every few hours; sixty a
 * minute leaves room for a whole office behind one address and stops token guessing.
 */
export const FEED_FETCHES_PER_MINUTE = 60;

/**
 * GET /api/calendar/:token.ics — a brand's calendar as iCalendar. No cookie: the token
 * in the URL is the credential. Unknown, revoked and orphaned tokens all answer the same
 * bare 404.
 */
@Controller('api/calendar')
export class CalendarFeedController {
  private readonly limiter: RateLimiterAbstract;

  constructor(
    private readonly feeds: CalendarFeedsService,
    @Inject(REDIS) redis: Redis | null,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const options = {
      keyPrefix: `${config.redisKeyPrefix}limit:calendarFeed`,
      points: FEED_FETCHES_PER_MINUTE,
      duration: 60,
    };
    this.limiter = redis
      ? new RateLimiterRedis({ ...options, storeClient: redis })
      : new RateLimiterMemory(options);
  }

  @Get(':file')
  async feed(
    @Param('file') file: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    response.setHeader('cache-control', 'no-store');
    try {
      await this.limiter.consume(request.ip ?? 'unknown');
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      response
        .status(429)
        .setHeader('retry-after', String(Math.max(1, Math.ceil(error.msBeforeNext / 1000))))
        .type('text/plain')
        .send('Too many requests');
      return;
    }
    const ics = file.endsWith('.ics') ? await this.feeds.render(file.slice(0, -4)) : null;
    if (ics === null) {
      response.status(404).type('text/plain').send('Not found');
      return;
    }
    response
      .status(200)
      .setHeader('content-type', 'text/calendar; charset=utf-8')
      .setHeader('content-disposition', 'inline; filename="calendar.ics"')
      .send(ics);
  }
}
