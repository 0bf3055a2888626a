import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../access/index.js';
import { StrategiesService, type ExportFormat, type GoalView } from './strategies.service.js';
import { ExportFormatEnum, StrategyExportModel, StrategyGoalModel } from './strategy.model.js';
import { ExpensiveOperation } from '../../platform/throttling/index.js';

function toModel(goal: GoalView): StrategyGoalModel {
  return Object.assign(new StrategyGoalModel(), {
    id: goal.id,
    documentId: goal.documentId,
    documentTitle: goal.documentTitle,
    statement: goal.statement,
    metric: goal.metric,
    baseline: goal.baseline,
    target: goal.target,
    targetValue: goal.targetValue,
    deadline: goal.deadline,
    why: goal.why,
    issues: goal.issues,
  });
}

@Resolver(() => StrategyGoalModel)
export class StrategiesResolver {
  constructor(private readonly strategies: StrategiesService) {}

  @Query(() => [StrategyGoalModel], { description: 'The SMART goals of one strategy document' })
  async strategyGoals(
    @CurrentPrincipal() principal: Principal,
    @Args('documentId', { type: () => ID }) documentId: string,
  ): Promise<StrategyGoalModel[]> {
    return (await this.strategies.goals(principal, documentId)).map(toModel);
  }

  @Query(() => [StrategyGoalModel], {
    description: "The SMART goals of all of a brand's active strategies",
  })
  async brandStrategyGoals(
    @CurrentPrincipal() principal: Principal,
    @Args('brandId', { type: () => ID }) brandId: string,
  ): Promise<StrategyGoalModel[]> {
    return (await this.strategies.brandGoals(principal, brandId)).map(toModel);
  }

  @Query(() => StrategyExportModel, {
    description: 'A strategy as Markdown or as a print-ready HTML page',
  })
  @ExpensiveOperation('strategyExport')
  async strategyExport(
    @CurrentPrincipal() principal: Principal,
    @Args('documentId', { type: () => ID }) documentId: string,
    @Args('format', { type: () => ExportFormatEnum }) format: ExportFormat,
  ): Promise<StrategyExportModel> {
    return Object.assign(
      new StrategyExportModel(),
      await this.strategies.export(principal, documentId, format),
    );
  }
}
