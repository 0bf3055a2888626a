import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GranularityEnum } from './dto/media-plan-settings.input.js';

export const MediaBlockEnum = { PAID: 'PAID', OWNED: 'OWNED', EARNED: 'EARNED' } as const;
registerEnumType(MediaBlockEnum, {
  name: 'MediaBlock',
  description: 'Paid, owned or earned media',
});

export const PricingModelEnum = { FLAT: 'FLAT', CPM: 'CPM', CPC: 'CPC', CPA: 'CPA' } as const;
registerEnumType(PricingModelEnum, {
  name: 'PricingModel',
  description: 'How an activity is bought: flat fee, per mille, per click, per action',
});

@ObjectType('MediaPlanSettings', { description: 'Flight, period and currency of a plan' })
export class MediaPlanSettingsModel {
  @Field({ description: 'First day of the flight (yyyy-mm-dd)' })
  flightStart: string;

  @Field({ description: 'Last day of the flight, included (yyyy-mm-dd)' })
  flightEnd: string;

  @Field(() => GranularityEnum, { description: 'Weeks or months' })
  granularity: string;

  @Field({ description: 'ISO 4217 currency of every budget' })
  currency: string;

  @Field(() => Int, {
    description: 'Digits after the decimal point of the currency (USD 2, VND 0)',
  })
  minorDigits: number;
}

@ObjectType('MediaPlanPeriod', { description: 'One column of a plan' })
export class MediaPlanPeriodModel {
  @Field({ description: 'Key of the period: 2027-W01 or 2027-01' })
  key: string;

  @Field({ description: 'First day (yyyy-mm-dd), clipped to the flight' })
  start: string;

  @Field({ description: 'Last day (yyyy-mm-dd), clipped to the flight' })
  end: string;

  @Field({ description: 'A short English label' })
  label: string;
}

@ObjectType('MediaPlanCell', { description: 'One row in one period (only filled cells)' })
export class MediaPlanCellModel {
  @Field({ description: 'The period key' })
  periodKey: string;

  @Field(() => Float, { description: 'Budget in integer minor units of the currency' })
  budget: number;

  @Field(() => Float, { description: 'Planned quantity or KPI target' })
  quantity: number;

  @Field({ description: 'Note' })
  note: string;
}

@ObjectType('MediaPlanRow', { description: 'One activity of a plan' })
export class MediaPlanRowModel {
  @Field(() => ID, { description: 'Stable row id (posts and KPIs link to it)' })
  id: string;

  @Field(() => MediaBlockEnum, { description: 'Paid, owned or earned' })
  block: string;

  @Field({ description: 'Network or channel' })
  channel: string;

  @Field({ description: 'The activity' })
  activity: string;

  @Field({ description: 'Its objective' })
  objective: string;

  @Field({ description: 'Id of the strategy goal it serves, or empty' })
  goalId: string;

  @Field(() => PricingModelEnum, { description: 'Pricing model' })
  pricing: string;

  @Field(() => Float, { description: 'Budget over the flight, in minor units' })
  budget: number;

  @Field(() => Float, { description: 'Quantity over the flight' })
  quantity: number;

  @Field(() => [MediaPlanCellModel], { description: 'Filled cells of the flight, by period' })
  cells: MediaPlanCellModel[];
}

@ObjectType('MediaPlanAmount', { description: 'A total of budget and quantity' })
export class MediaPlanAmountModel {
  @Field(() => MediaBlockEnum, { nullable: true, description: 'The block, for block totals' })
  block: string | null;

  @Field(() => String, { nullable: true, description: 'The period key, for period totals' })
  periodKey: string | null;

  @Field(() => Float, { description: 'Budget in minor units' })
  budget: number;

  @Field(() => Float, { description: 'Quantity' })
  quantity: number;
}

@ObjectType('MediaPlanTotals', { description: 'Totals of a plan, always computed from its cells' })
export class MediaPlanTotalsModel {
  @Field(() => MediaPlanAmountModel, { description: 'The whole plan' })
  overall: MediaPlanAmountModel;

  @Field(() => [MediaPlanAmountModel], { description: 'Per block' })
  byBlock: MediaPlanAmountModel[];

  @Field(() => [MediaPlanAmountModel], { description: 'Per period' })
  byPeriod: MediaPlanAmountModel[];

  @Field(() => [MediaPlanAmountModel], { description: 'Per block and period' })
  byBlockPeriod: MediaPlanAmountModel[];

  @Field({
    description: 'True when a sum passed the largest exact number and the figures are approximate',
  })
  approximate: boolean;
}

@ObjectType('MediaPlan', { description: 'A media plan as the server reads it' })
export class MediaPlanModel {
  @Field(() => ID, { description: 'The document' })
  documentId: string;

  @Field({ description: 'Its title' })
  title: string;

  @Field(() => MediaPlanSettingsModel, { description: 'Flight, period, currency' })
  settings: MediaPlanSettingsModel;

  @Field(() => [String], { description: 'Problems of the stored flight (then no periods)' })
  flightErrors: string[];

  @Field(() => [MediaPlanPeriodModel], { description: 'The columns' })
  periods: MediaPlanPeriodModel[];

  @Field(() => [MediaPlanRowModel], { description: 'Rows, block by block, in order' })
  rows: MediaPlanRowModel[];

  @Field(() => MediaPlanTotalsModel, { description: 'Totals' })
  totals: MediaPlanTotalsModel;
}
