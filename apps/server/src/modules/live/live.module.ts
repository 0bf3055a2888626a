import { Module } from '@nestjs/common';
import { AccessModule } from '../access/index.js';
import { LiveController } from './live.controller.js';
import { LiveFeed } from './live-feed.js';
import { LiveRepository } from './live.repository.js';
import { LiveStreams } from './live-streams.js';

/** Live updates: committed events pushed to open browser streams (docs/adr/0020). */
@Module({
  imports: [AccessModule],
  controllers: [LiveController],
  providers: [LiveFeed, LiveStreams, LiveRepository],
  exports: [LiveFeed],
})
export class LiveModule {}
