import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  KpiActualModel,
  KpiChannelResultModel,
  KpiDashboardRowModel,
  KpiMeasureValueModel,
} from './kpi.model.js';

@ObjectType('KpiPlanRowResult', {
  description:
    "A media-plan row over the dashboard's range: its plan against its network's actuals",
})
export class KpiPlanRowResultModel {
  @Field(() => ID, { description: 'The media plan' })
  documentId: string;

  @Field({ description: "The media plan's title" })
  planTitle: string;

  @Field({ description: "The row's id in its plan" })
  rowId: string;

  @Field({ description: 'PAID, OWNED or EARNED' })
  block: string;

  @Field({ description: "The row's channel as typed" })
  channel: string;

  @Field({ description: "The row's activity" })
  activity: string;

  @Field(() => String, { nullable: true, description: 'The network the channel names, if any' })
  network: string | null;

  @Field(() => String, { nullable: true, description: "The KPI of the row's goal, if any" })
  kpiName: string | null;

  @Field(() => String, {
    nullable: true,
    description: "What the planned quantity counts: the goal KPI's metric, else the pricing's unit",
  })
  quantityMetric: string | null;

  @Field(() => Float, { description: 'Planned spend, minor units' })
  plannedSpend: number;

  @Field(() => Float, { description: 'Planned quantity' })
  plannedQuantity: number;

  @Field(() => Float, { nullable: true, description: "The network's actual spend, minor units" })
  actualSpend: number | null;

  @Field(() => Float, { nullable: true, description: "The network's actual of quantityMetric" })
  actualQuantity: number | null;

  @Field({
    description:
      "row_network: the row's network's actuals; shared_network: that network's total for sharedWith rows; none: planned only",
  })
  actualSource: string;

  @Field(() => Int, { description: 'Rows of the range planning the same network (1: this one)' })
  sharedWith: number;
}

@ObjectType('KpiBlockResult', {
  description: 'A block of the media plans (Paid, Owned, Earned; UNPLANNED for other networks)',
})
export class KpiBlockResultModel {
  @Field({ description: 'PAID, OWNED, EARNED or UNPLANNED' })
  block: string;

  @Field(() => Float, { description: "Planned spend of the block's rows, minor units" })
  plannedSpend: number;

  @Field(() => Float, { nullable: true, description: 'Actual spend of its networks, minor units' })
  actualSpend: number | null;

  @Field(() => Float, { nullable: true, description: 'Revenue of its networks, minor units' })
  revenue: number | null;

  @Field(() => KpiMeasureValueModel, { description: '(revenue − spend) ÷ spend' })
  roi: KpiMeasureValueModel;

  @Field({
    description: "A network's actuals were split between blocks by its planned budget (estimated)",
  })
  estimated: boolean;

  @Field(() => [String], { description: 'The networks whose actuals the block holds' })
  networks: string[];
}

@ObjectType('KpiDashboard', { description: "A brand's KPIs, targets, actuals and measures" })
export class KpiDashboardModel {
  @Field(() => ID)
  brandId: string;

  @Field({ description: 'First month, yyyy-mm' })
  from: string;

  @Field({ description: 'Last month, yyyy-mm' })
  to: string;

  @Field({ description: 'The plan currency money is in' })
  currency: string;

  @Field(() => [KpiDashboardRowModel])
  rows: KpiDashboardRowModel[];

  @Field(() => [KpiChannelResultModel], { description: 'Per network, the whole range' })
  channels: KpiChannelResultModel[];

  @Field(() => [KpiActualModel], { description: 'Account-level actuals of the range (grid)' })
  actuals: KpiActualModel[];

  @Field(() => [KpiPlanRowResultModel], {
    description: "Planned against actual per media-plan row over the range (the plan's currency)",
  })
  planRows: KpiPlanRowResultModel[];

  @Field(() => [KpiBlockResultModel], {
    description: 'Planned against actual spend, revenue and ROI per block (Paid, Owned, Earned)',
  })
  blocks: KpiBlockResultModel[];
}
