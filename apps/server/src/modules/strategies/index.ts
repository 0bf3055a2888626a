export { StrategiesModule } from './strategies.module.js';
export { StrategiesService, type GoalView } from './strategies.service.js';
export { strategyKind } from './strategy.kind.js';
