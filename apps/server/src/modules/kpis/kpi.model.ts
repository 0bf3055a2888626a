import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('KpiTarget', { description: 'The target of one period' })
export class KpiTargetModel {
  @Field({ description: '`2027-01`, `2027-W05` or `2027-Q1`' })
  periodKey: string;

  @Field(() => Float, { description: 'Money in minor units of the KPI currency' })
  value: number;
}

@ObjectType('Kpi', { description: 'A KPI of a brand, from a SMART goal or custom' })
export class KpiModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  brandId: string;

  @Field(() => String, {
    nullable: true,
    description: 'The SMART goal card it follows (null: custom)',
  })
  goalId: string | null;

  @Field(() => ID, { nullable: true, description: 'The strategy the goal was read from' })
  strategyDocumentId: string | null;

  @Field()
  name: string;

  @Field({ description: 'A metric or measure id of @chorus/kpi-model (followers, ctr, roi, …)' })
  metric: string;

  @Field({ description: 'count | percent | money | ratio' })
  unit: string;

  @Field(() => String, { nullable: true, description: 'ISO 4217 when the unit is money' })
  currency: string | null;

  @Field({ description: 'higher | lower: which way is better' })
  direction: string;

  @Field(() => String, { nullable: true, description: 'A network id, or null for the brand' })
  network: string | null;

  @Field(() => Float, { nullable: true })
  baseline: number | null;

  @Field(() => Float, { nullable: true })
  target: number | null;

  @Field({ description: 'yyyy-mm-dd' })
  startDate: string;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  deadline: string | null;

  @Field({ description: 'month | week | quarter' })
  periodKind: string;

  @Field({ description: 'linear | manual | media_plan: where the period targets come from' })
  targetMode: string;

  @Field(() => Date, {
    nullable: true,
    description: 'When its goal disappeared from the strategy ("goal removed"); the KPI stays',
  })
  goalRemovedAt: Date | null;

  @Field(() => Date, { nullable: true })
  archivedAt: Date | null;

  @Field(() => [KpiTargetModel], {
    description: 'Targets per period (spread linearly unless typed by hand or from the plan)',
  })
  targets: KpiTargetModel[];
}

@ObjectType('KpiActual', { description: 'One actual: a metric of a network in a month' })
export class KpiActualModel {
  @Field()
  network: string;

  @Field()
  metric: string;

  @Field()
  periodKey: string;

  @Field({ description: "Post id or URL, '' for the account" })
  postRef: string;

  @Field(() => Float, { description: 'Money in minor units of the plan currency' })
  value: number;
}

@ObjectType('KpiMeasureValue', {
  description:
    'A derived measure (never stored): a value, or why there is none ("—" with the reason)',
})
export class KpiMeasureValueModel {
  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'missing_data | no_members | no_reach | no_impressions | no_clicks | no_conversions | no_spend | no_previous',
  })
  reason: string | null;

  @Field({ description: 'The formula, for a hover' })
  formula: string;

  @Field({ description: 'ROI: spend came from the media plan (planned), not from actuals' })
  planned: boolean;
}

@ObjectType('KpiPeriodRow', { description: 'A KPI in one period: target against actual' })
export class KpiPeriodRowModel {
  @Field()
  periodKey: string;

  @Field(() => Float, { nullable: true })
  target: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The actual (metric KPIs); null when nothing was entered',
  })
  actual: number | null;

  @Field(() => KpiMeasureValueModel, {
    nullable: true,
    description: 'Measure KPIs: the measure computed from the actuals',
  })
  measure: KpiMeasureValueModel | null;
}

@ObjectType('KpiProgress', { description: 'Goal progress by the trend to the deadline' })
export class KpiProgressModel {
  @Field({ description: 'on_track | at_risk | off_track | not_started | achieved | missed' })
  status: string;

  @Field(() => Float, { nullable: true })
  current: number | null;

  @Field(() => Float, { nullable: true })
  projected: number | null;

  @Field(() => Float, { nullable: true })
  completion: number | null;

  @Field({ description: 'The rule the status follows' })
  rule: string;
}

@ObjectType('KpiDashboardRow')
export class KpiDashboardRowModel {
  @Field(() => KpiModel)
  kpi: KpiModel;

  @Field(() => [KpiPeriodRowModel])
  periods: KpiPeriodRowModel[];

  @Field(() => KpiProgressModel)
  progress: KpiProgressModel;
}

@ObjectType('KpiChannelResult', { description: 'Results of one network over the range' })
export class KpiChannelResultModel {
  @Field()
  network: string;

  @Field(() => Float, { nullable: true, description: 'Actual spend, minor units' })
  spend: number | null;

  @Field(() => Float, { description: 'Planned spend of the plan rows on this channel' })
  plannedSpend: number;

  @Field(() => Float, { nullable: true })
  revenue: number | null;

  @Field(() => KpiMeasureValueModel)
  roi: KpiMeasureValueModel;

  @Field(() => KpiMeasureValueModel)
  engagementRate: KpiMeasureValueModel;

  @Field(() => KpiMeasureValueModel)
  engagementRateByReach: KpiMeasureValueModel;

  @Field(() => KpiMeasureValueModel)
  ctr: KpiMeasureValueModel;

  @Field(() => KpiMeasureValueModel)
  cpc: KpiMeasureValueModel;

  @Field(() => KpiMeasureValueModel)
  cpm: KpiMeasureValueModel;

  @Field(() => KpiMeasureValueModel)
  cpa: KpiMeasureValueModel;
}

@InputType({ description: 'A custom KPI, or changes to one' })
export class KpiInput {
  @Field({ nullable: true })
  name?: string;

  @Field({ nullable: true, description: 'A metric or measure id of @chorus/kpi-model' })
  metric?: string;

  @Field({ nullable: true, description: 'higher | lower (default: the metric’s)' })
  direction?: string;

  @Field(() => String, { nullable: true })
  network?: string | null;

  @Field(() => Float, { nullable: true })
  baseline?: number | null;

  @Field(() => Float, { nullable: true })
  target?: number | null;

  @Field({ nullable: true, description: 'yyyy-mm-dd (default: today)' })
  startDate?: string;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  deadline?: string | null;

  @Field({ nullable: true, description: 'month | week | quarter' })
  periodKind?: string;
}

@InputType()
export class CreateKpiInput extends KpiInput {
  @Field(() => ID)
  brandId: string;
}

@InputType()
export class KpiTargetInput {
  @Field()
  periodKey: string;

  @Field(() => Float)
  value: number;
}

@InputType({ description: 'Targets typed by hand, or spread again' })
export class SetKpiTargetsInput {
  @Field(() => ID)
  kpiId: string;

  @Field({ description: 'linear (drops typed targets) | manual | media_plan (from the plan)' })
  mode: string;

  @Field(() => [KpiTargetInput], { nullable: true, description: 'The targets, mode manual' })
  targets?: KpiTargetInput[];
}

@InputType({ description: 'One grid cell; value null clears it' })
export class KpiActualInput {
  @Field()
  network: string;

  @Field()
  metric: string;

  @Field({ description: 'yyyy-mm' })
  periodKey: string;

  @Field(() => String, { nullable: true })
  postRef?: string | null;

  @Field(() => Float, { nullable: true })
  value: number | null;
}

@InputType()
export class UpsertKpiActualsInput {
  @Field(() => ID)
  brandId: string;

  @Field(() => [KpiActualInput])
  cells: KpiActualInput[];
}

@ObjectType('KpiActualsResult')
export class KpiActualsResultModel {
  @Field(() => Int)
  written: number;

  @Field(() => Int)
  cleared: number;
}
