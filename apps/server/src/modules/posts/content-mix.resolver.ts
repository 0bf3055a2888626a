import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../access/index.js';
import {
  ContentMixModel,
  ContentMixPlanRowModel,
  ContentMixPlannedPeriodModel,
} from './content-mix.model.js';
import { ContentMixService } from './content-mix.service.js';

/** Planned against done, read only when a client asks for it (the mix itself stays one read). */
@Resolver(() => ContentMixModel)
export class ContentMixResolver {
  constructor(private readonly mix: ContentMixService) {}

  @ResolveField(() => [ContentMixPlanRowModel], {
    description:
      "Owned-media rows of the brand's media plans whose flight touches the range: units planned per week and month against posts on the calendar (empty without the right to read media plans)",
  })
  async plannedVsDone(
    @CurrentPrincipal() principal: Principal,
    @Parent() parent: ContentMixModel,
  ): Promise<ContentMixPlanRowModel[]> {
    const rows = await this.mix.plannedVsDone(
      principal,
      parent.brandId,
      parent.timeZone,
      parent.weeks,
      parent.months,
    );
    const period = (p: ContentMixPlannedPeriodModel) =>
      Object.assign(new ContentMixPlannedPeriodModel(), p);
    return rows.map((row) =>
      Object.assign(new ContentMixPlanRowModel(), {
        ...row,
        weeks: row.weeks.map(period),
        months: row.months.map(period),
      }),
    );
  }
}
