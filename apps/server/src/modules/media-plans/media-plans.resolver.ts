import { minorDigits, type PlanView } from '@chorus/media-plan-model';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../access/index.js';
import { MediaPlanModel } from './media-plan.model.js';
import { MediaPlansService, planRows } from './media-plans.service.js';

function amounts(
  entries: Array<[{ block?: string; periodKey?: string }, { budget: number; quantity: number }]>,
) {
  return entries.map(([key, total]) => ({
    block: key.block ?? null,
    periodKey: key.periodKey ?? null,
    budget: total.budget,
    quantity: total.quantity,
  }));
}

function toModel(documentId: string, title: string, plan: PlanView): MediaPlanModel {
  const { totals } = plan;
  const blocks = Object.keys(totals.byBlock) as Array<keyof typeof totals.byBlock>;
  return Object.assign(new MediaPlanModel(), {
    documentId,
    title,
    settings: {
      flightStart: plan.settings.flightStart,
      flightEnd: plan.settings.flightEnd,
      granularity: plan.settings.granularity,
      currency: plan.settings.currency,
      minorDigits: minorDigits(plan.settings.currency),
    },
    flightErrors: [...plan.flightErrors],
    periods: plan.periods.map((period) => ({ ...period })),
    rows: planRows(plan).map((row) => ({
      id: row.id,
      block: row.block,
      channel: row.channel,
      activity: row.activity,
      objective: row.objective,
      goalId: row.goalId,
      pricing: row.pricing,
      budget: totals.byRow[row.id]?.budget ?? 0,
      quantity: totals.byRow[row.id]?.quantity ?? 0,
      cells: Object.entries(row.cells).map(([periodKey, cell]) => ({ periodKey, ...cell })),
    })),
    totals: {
      approximate: totals.overflow,
      overall: { block: null, periodKey: null, ...totals.overall },
      byBlock: amounts(blocks.map((block) => [{ block }, totals.byBlock[block]])),
      byPeriod: amounts(
        plan.periods.map((period) => [
          { periodKey: period.key },
          totals.byPeriod[period.key] ?? { budget: 0, quantity: 0 },
        ]),
      ),
      byBlockPeriod: amounts(
        blocks.flatMap((block) =>
          plan.periods.map(
            (period) =>
              [
                { block, periodKey: period.key },
                totals.byBlockPeriod[block][period.key] ?? { budget: 0, quantity: 0 },
              ] as [{ block: string; periodKey: string }, { budget: number; quantity: number }],
          ),
        ),
      ),
    },
  });
}

@Resolver(() => MediaPlanModel)
export class MediaPlansResolver {
  constructor(private readonly plans: MediaPlansService) {}

  @Query(() => MediaPlanModel, {
    description: 'A media plan read by the server: settings, periods, rows and totals',
  })
  async mediaPlan(
    @CurrentPrincipal() principal: Principal,
    @Args('documentId', { type: () => ID }) documentId: string,
  ): Promise<MediaPlanModel> {
    const { view, plan } = await this.plans.read(principal, documentId);
    return toModel(view.document.id, view.document.title, plan);
  }
}
