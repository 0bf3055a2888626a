import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PostingSlot', { description: 'A suggested hour to post, in the brand’s time zone' })
export class PostingSlotModel {
  @Field(() => Int, { description: '0 = Monday … 6 = Sunday' })
  weekday: number;

  @Field(() => Int, { description: '0–23' })
  hour: number;

  @Field(() => Float, { description: 'Activity there as a share of the busiest hour (0–1)' })
  strength: number;
}

@ObjectType('AudienceActivity', {
  description: "When a brand's audience is online on one network, as imported from its analytics",
})
export class AudienceActivityModel {
  @Field()
  network: string;

  @Field(() => [Float], { description: '168 values, Monday 00:00 first, brand time zone' })
  grid: number[];

  @Field(() => [PostingSlotModel], { description: 'The best hours to post, strongest first' })
  bestSlots: PostingSlotModel[];

  @Field()
  updatedAt: Date;
}
