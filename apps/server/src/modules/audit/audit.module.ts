import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/index.js';
import { AuditEntryEntity } from './audit-entry.entity.js';
import { AuditCsvController } from './audit-csv.controller.js';
import { AuditProcessor } from './audit.processor.js';
import { AuditRepository } from './audit.repository.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';

/** The workspace audit log: the first consumer of the event log. */
@Module({
  imports: [AccessModule, TypeOrmModule.forFeature([AuditEntryEntity])],
  controllers: [AuditCsvController],
  providers: [AuditProcessor, AuditRepository, AuditService, AuditResolver],
})
export class AuditModule {}
