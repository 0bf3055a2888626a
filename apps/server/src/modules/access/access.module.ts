import { Global, Module } from '@nestjs/common';
import { AccessEvents } from './access-events.js';
import { AccessService } from './access.service.js';

/** The permission check every service uses (global: every module needs it). */
@Global()
@Module({ providers: [AccessService, AccessEvents], exports: [AccessService, AccessEvents] })
export class AccessModule {}
