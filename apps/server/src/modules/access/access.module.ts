import { Global, Module } from '@nestjs/common';
import { AccessService } from './access.service.js';

/** The permission check every service uses (global: every module needs it). */
@Global()
@Module({ providers: [AccessService], exports: [AccessService] })
export class AccessModule {}
