export { AudienceActivityEntity } from './audience/audience-activity.entity.js';
export { KpiGoalSourceEntity } from './kpi-goal-source.entity.js';
export { KpiApiTokenEntity } from './api-tokens/kpi-api-token.entity.js';
export {
  KpiActualEntity,
  KpiEntity,
  KpiImportMappingEntity,
  KpiNoteEntity,
  KpiPlanCellEntity,
  KpiTargetEntity,
} from './kpi.entities.js';
export { KpisModule } from './kpis.module.js';
