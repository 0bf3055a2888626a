import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../../access/index.js';
import {
  CreatedKpiApiTokenModel,
  CreateKpiApiTokenInput,
  KpiApiTokenModel,
} from './kpi-api-token.model.js';
import { KpiApiTokensService } from './kpi-api-tokens.service.js';

@Resolver(() => KpiApiTokenModel)
export class KpiApiTokensResolver {
  constructor(private readonly tokens: KpiApiTokensService) {}

  @Query(() => [KpiApiTokenModel], {
    description:
      "The caller's working KPI API tokens of the brand (metrics.edit); everyone's for integration managers",
  })
  kpiApiTokens(
    @CurrentPrincipal() principal: Principal,
    @Args('brandId', { type: () => ID }) brandId: string,
  ): Promise<KpiApiTokenModel[]> {
    return this.tokens.list(principal, brandId);
  }

  @Mutation(() => CreatedKpiApiTokenModel, {
    description:
      'Makes the caller a KPI API token of the brand (metrics.edit); answers its secret this once',
  })
  async createKpiApiToken(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CreateKpiApiTokenInput,
  ): Promise<CreatedKpiApiTokenModel> {
    const { token, row } = await this.tokens.create(principal, input.brandId, input.label);
    return { token, apiToken: row };
  }

  @Mutation(() => Boolean, {
    description:
      'Revokes a KPI API token (its owner, or integration.manage); answers false when it was already revoked',
  })
  revokeKpiApiToken(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.tokens.revoke(principal, id);
  }
}
