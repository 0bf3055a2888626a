import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule, SessionsService } from '../accounts/index.js';
import { GuestSessionsService } from './guest-sessions.service.js';
import { GuestSessionEntity, ShareLinkEntity } from './share-links.entities.js';
import { ShareLinksRepository } from './share-links.repository.js';
import { ShareLinksResolver } from './share-links.resolver.js';
import { ShareLinksService } from './share-links.service.js';
import { ShareRedemptionService } from './share-redemption.service.js';

/**
 * Share links and guest principals (docs/adr/0030-share-links-and-guest-principals.md):
 * links to one document or a calendar range with a capability, their hashed tokens and
 * passwords, redemption into guest sessions, and the guest cookie, which this module lets
 * the accounts' session resolution read.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ShareLinkEntity, GuestSessionEntity]), AccountsModule],
  providers: [
    ShareLinksRepository,
    ShareLinksService,
    ShareRedemptionService,
    GuestSessionsService,
    ShareLinksResolver,
  ],
  exports: [GuestSessionsService, ShareLinksService],
})
export class ShareLinksModule {
  constructor(sessions: SessionsService, guests: GuestSessionsService) {
    sessions.useGuestResolver((cookies) => guests.principalFromCookies(cookies));
  }
}
