import { Field, InputType, registerEnumType } from '@nestjs/graphql';

export const GranularityEnum = { WEEK: 'week', MONTH: 'month' } as const;
registerEnumType(GranularityEnum, {
  name: 'PeriodGranularity',
  description: 'Columns of a media plan: ISO weeks or calendar months',
});

@InputType({ description: 'Flight, period and currency of a new media plan' })
export class MediaPlanSettingsInput {
  @Field({ description: 'First day of the flight (yyyy-mm-dd)' })
  flightStart: string;

  @Field({ description: 'Last day of the flight, included (yyyy-mm-dd)' })
  flightEnd: string;

  @Field(() => GranularityEnum, { description: 'Weeks or months' })
  granularity: 'week' | 'month';

  @Field({ description: 'ISO 4217 currency code, e.g. USD, EUR, VND, UAH, ILS, IRR, THB' })
  currency: string;
}
