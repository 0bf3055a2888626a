import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: 'A new outgoing webhook of a brand' })
export class CreateWebhookInput {
  @Field(() => ID, { description: 'The brand whose post events it receives' })
  brandId: string;

  @Field({ description: 'Where events are POSTed (public http(s) address)' })
  url: string;

  @Field(() => String, { nullable: true, description: 'What it is for (at most 200 characters)' })
  description?: string | null;

  @Field(() => [String], {
    description: 'Event names it receives (webhookEventTypes), at least one',
  })
  eventTypes: string[];
}

@InputType({ description: 'Changes to an outgoing webhook; omitted fields stay' })
export class UpdateWebhookInput {
  @Field(() => ID, { description: 'The webhook' })
  endpointId: string;

  @Field(() => String, { nullable: true, description: 'A new target URL' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'A new description' })
  description?: string | null;

  @Field(() => [String], { nullable: true, description: 'The event names it receives' })
  eventTypes?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it sends at all' })
  active?: boolean | null;
}
