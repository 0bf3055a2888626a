import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CollaborationModule } from '../../collaboration/index.js';
import { DocumentsModule } from '../documents/index.js';
import { KpiApiController } from './api-tokens/kpi-api.controller.js';
import { KpiApiTokenEntity } from './api-tokens/kpi-api-token.entity.js';
import { KpiApiTokensResolver } from './api-tokens/kpi-api-tokens.resolver.js';
import { KpiApiTokensService } from './api-tokens/kpi-api-tokens.service.js';
import { AudienceActivityController } from './audience/audience-activity.controller.js';
import { AudienceActivityEntity } from './audience/audience-activity.entity.js';
import { AudienceActivityResolver } from './audience/audience-activity.resolver.js';
import { AudienceActivityService } from './audience/audience-activity.service.js';
import { KpiDashboardService } from './kpi-dashboard.service.js';
import { KpiGridService } from './kpi-grid.js';
import { KpiGridResolver } from './kpi-grid.resolver.js';
import { KpiFilesController } from './kpi-files.controller.js';
import { KpiReportController } from './kpi-report.controller.js';
import { KpiImportService } from './kpi-import.service.js';
import {
  KpiActualEntity,
  KpiEntity,
  KpiImportMappingEntity,
  KpiNoteEntity,
  KpiPlanCellEntity,
  KpiTargetEntity,
} from './kpi.entities.js';
import { KpiNotesService } from './kpi-notes.js';
import { KpiPostsService } from './kpi-posts.service.js';
import { KpiSyncService } from './kpi-sync.service.js';
import { KpisResolver } from './kpis.resolver.js';
import { KpisService } from './kpis.service.js';
import { KpiGoalSourceEntity } from './kpi-goal-source.entity.js';

/**
 * KPIs and results (docs/adr/0032): KPIs from the strategies' SMART goals (kept in sync
 * after edits) and custom ones, targets per period, actuals entered or imported, and the
 * dashboard whose measures are computed on every read, never stored. Scripts post actuals
 * with personal API tokens (api-tokens/); audience-activity grids give the best posting hours
 * (audience/).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      KpiEntity,
      KpiTargetEntity,
      KpiActualEntity,
      KpiNoteEntity,
      KpiPlanCellEntity,
      KpiApiTokenEntity,
      AudienceActivityEntity,
      KpiImportMappingEntity,
      KpiGoalSourceEntity,
    ]),
    DocumentsModule,
    CollaborationModule,
  ],
  providers: [
    KpiSyncService,
    KpisService,
    KpiDashboardService,
    KpiImportService,
    KpiNotesService,
    KpiPostsService,
    KpisResolver,
    KpiGridService,
    KpiGridResolver,
    KpiApiTokensService,
    KpiApiTokensResolver,
    AudienceActivityService,
    AudienceActivityResolver,
  ],
  controllers: [
    KpiFilesController,
    KpiReportController,
    KpiApiController,
    AudienceActivityController,
  ],
  exports: [KpiSyncService],
})
export class KpisModule {}
