import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../access/index.js';
import { KpiGridCellModel, KpiGridService, SetKpiActualInput } from './kpi-grid.js';

/** The co-edited actuals grid: read one network's cells, save one cell at a time. */
@Resolver()
export class KpiGridResolver {
  constructor(private readonly grid: KpiGridService) {}

  @Query(() => [KpiGridCellModel], {
    description:
      "One network's account actuals over a span of months (at most 36), with who saved each last (metrics.read)",
  })
  async kpiActualGrid(
    @CurrentPrincipal() principal: Principal,
    @Args('brandId', { type: () => ID }) brandId: string,
    @Args('network') network: string,
    @Args('from', { description: 'First month, yyyy-mm' }) from: string,
    @Args('to', { description: 'Last month, yyyy-mm' }) to: string,
  ): Promise<KpiGridCellModel[]> {
    return this.grid.cells(principal, { brandId, network, from, to });
  }

  @Mutation(() => KpiGridCellModel, {
    description:
      'Saves one grid cell if it still holds the value its editor started from; CONFLICT (reason ACTUAL_CHANGED, current) otherwise, changing nothing (metrics.edit)',
  })
  async setKpiActual(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SetKpiActualInput,
  ): Promise<KpiGridCellModel> {
    return this.grid.set(principal, input);
  }
}
