import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../../access/index.js';
import { AudienceActivityModel } from './audience-activity.model.js';
import { AudienceActivityService } from './audience-activity.service.js';

@Resolver(() => AudienceActivityModel)
export class AudienceActivityResolver {
  constructor(private readonly activity: AudienceActivityService) {}

  @Query(() => [AudienceActivityModel], {
    description:
      "The brand's audience-activity grids per network with the best hours to post (metrics.read)",
  })
  audienceActivity(
    @CurrentPrincipal() principal: Principal,
    @Args('brandId', { type: () => ID }) brandId: string,
  ): Promise<AudienceActivityModel[]> {
    return this.activity.list(principal, brandId);
  }

  @Mutation(() => Boolean, {
    description: "Removes a network's audience-activity grid (metrics.edit); false when none",
  })
  clearAudienceActivity(
    @CurrentPrincipal() principal: Principal,
    @Args('brandId', { type: () => ID }) brandId: string,
    @Args('network') network: string,
  ): Promise<boolean> {
    return this.activity.clear(principal, brandId, network);
  }
}
