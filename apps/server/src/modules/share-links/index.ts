export { ShareLinksModule } from './share-links.module.js';
export { GuestSessionsService } from './guest-sessions.service.js';
export { ShareLinksService } from './share-links.service.js';
export { GuestSessionEntity, ShareLinkEntity } from './share-links.entities.js';
