import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AccessService, CurrentPrincipal, type Principal } from '../access/index.js';
import { LiveStreams } from './live-streams.js';
import { SseStream } from './sse-stream.js';

/**
 * Live updates over Server-Sent Events (the session cookie authenticates):
 * GET /api/live/brands/:brandId — `event: chorus` messages (a LiveEvent as JSON, `id:` the
 * event id) for every committed event of the brand, a comment every 25 s, and a final
 * `event: end` (`{"reason": …}`) when the server ends the stream. Anyone who may read the
 * brand may listen; others get 404 as for a brand that does not exist, anonymous 401.
 */
@Controller('api/live')
export class LiveController {
  constructor(
    private readonly access: AccessService,
    private readonly streams: LiveStreams,
  ) {}

  @Get('brands/:brandId')
  async brand(
    @CurrentPrincipal() principal: Principal,
    @Param('brandId') brandId: string,
    @Res() response: Response,
  ): Promise<void> {
    const { principal: user, brand } = await this.access.authorizeBrand(
      principal,
      brandId,
      'brand.read',
    );
    this.streams.assertRoom(user.userId);
    this.streams.add({
      user,
      brandId: brand.id,
      workspaceId: brand.workspaceId,
      sse: new SseStream(response),
    });
  }
}
