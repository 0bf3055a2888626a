import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../access/index.js';
import { KpiDashboardModel } from './kpi-dashboard.model.js';
import { KpiDashboardService } from './kpi-dashboard.service.js';
import {
  CreateKpiInput,
  KpiActualsResultModel,
  KpiInput,
  KpiModel,
  SetKpiTargetsInput,
  UpsertKpiActualsInput,
} from './kpi.model.js';
import { AddKpiNoteInput, KpiNoteModel, KpiNotesService } from './kpi-notes.js';
import { KpiPostResultsModel, KpiPostsService } from './kpi-posts.service.js';
import { KpisService } from './kpis.service.js';

@Resolver()
export class KpisResolver {
  constructor(
    private readonly service: KpisService,
    private readonly dashboards: KpiDashboardService,
    private readonly notes: KpiNotesService,
    private readonly posts: KpiPostsService,
  ) {}

  @Query(() => KpiPostResultsModel, {
    description:
      'Per-post results over a range of months, most engagements first: actuals imported with a post id or URL (metrics.read)',
  })
  async kpiPostResults(
    @CurrentPrincipal() principal: Principal,
    @Args('brandId', { type: () => ID }) brandId: string,
    @Args('from', { description: 'First month, yyyy-mm' }) from: string,
    @Args('to', { description: 'Last month, yyyy-mm' }) to: string,
    @Args('network', { nullable: true, type: () => String }) network?: string | null,
    @Args('postRef', {
      nullable: true,
      type: () => String,
      description: 'Only this post: its id or URL as imported, or a Chorus post id',
    })
    postRef?: string | null,
    @Args('first', { nullable: true, type: () => Int, description: 'How many, 1-100 (20)' })
    first?: number | null,
  ): Promise<KpiPostResultsModel> {
    return this.posts.results(principal, { brandId, from, to, network, postRef, first });
  }

  @Query(() => [KpiNoteModel], {
    description:
      "The brand's correction notes, newest first; those linking to one strategy (its margin) when strategyDocumentId is given (metrics.read)",
  })
  async kpiNotes(
    @CurrentPrincipal() principal: Principal,
    @Args('brandId', { type: () => ID }) brandId: string,
    @Args('strategyDocumentId', { type: () => ID, nullable: true }) strategyDocumentId?: string,
  ): Promise<KpiNoteModel[]> {
    return this.notes.list(principal, brandId, strategyDocumentId ?? null);
  }

  @Mutation(() => KpiNoteModel, {
    description:
      'A correction note on a KPI or one of its months, linking to a strategy section (metrics.edit)',
  })
  async addKpiNote(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: AddKpiNoteInput,
  ): Promise<KpiNoteModel> {
    return this.notes.add(principal, input);
  }

  @Query(() => [KpiModel], {
    description: "The brand's KPIs with their targets (metrics.read); archived ones on request",
  })
  async kpis(
    @CurrentPrincipal() principal: Principal,
    @Args('brandId', { type: () => ID }) brandId: string,
    @Args('archived', { nullable: true, type: () => Boolean }) archived?: boolean,
  ): Promise<KpiModel[]> {
    return this.service.list(principal, brandId, archived ?? false);
  }

  @Query(() => KpiDashboardModel, {
    description:
      'KPIs with targets, actuals, derived measures and goal progress over a range of months, and the results per network (metrics.read)',
  })
  async kpiDashboard(
    @CurrentPrincipal() principal: Principal,
    @Args('brandId', { type: () => ID }) brandId: string,
    @Args('from', { description: 'First month, yyyy-mm' }) from: string,
    @Args('to', { description: 'Last month, yyyy-mm' }) to: string,
  ): Promise<KpiDashboardModel> {
    return this.dashboards.dashboard(principal, brandId, from, to);
  }

  @Mutation(() => KpiModel, { description: 'A custom KPI (metrics.edit)' })
  async createKpi(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CreateKpiInput,
  ): Promise<KpiModel> {
    return this.service.create(principal, input);
  }

  @Mutation(() => KpiModel, {
    description:
      "Changes a KPI (metrics.edit); a goal KPI's name, metric, baseline, target and deadline follow its goal card",
  })
  async updateKpi(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: KpiInput,
  ): Promise<KpiModel> {
    return this.service.update(principal, id, input);
  }

  @Mutation(() => KpiModel, { description: 'Archives (or restores) a KPI (metrics.edit)' })
  async archiveKpi(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
    @Args('archived', { type: () => Boolean, defaultValue: true }) archived: boolean,
  ): Promise<KpiModel> {
    return this.service.archive(principal, id, archived);
  }

  @Mutation(() => KpiModel, {
    description: 'Targets per period: linear, typed by hand, or from the media plan (metrics.edit)',
  })
  async setKpiTargets(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SetKpiTargetsInput,
  ): Promise<KpiModel> {
    return this.service.setTargets(principal, input);
  }

  @Mutation(() => KpiActualsResultModel, {
    description: 'Writes or clears grid cells of actuals, all or none (metrics.edit)',
  })
  async upsertKpiActuals(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpsertKpiActualsInput,
  ): Promise<KpiActualsResultModel> {
    return this.service.upsertActuals(principal, input);
  }

  @Mutation(() => [KpiModel], {
    description:
      "Reads the brand's strategies now and brings goal KPIs in line (metrics.edit); edits do it on their own a moment after they settle",
  })
  async syncKpisFromGoals(
    @CurrentPrincipal() principal: Principal,
    @Args('brandId', { type: () => ID }) brandId: string,
  ): Promise<KpiModel[]> {
    return this.service.syncFromGoals(principal, brandId);
  }
}
