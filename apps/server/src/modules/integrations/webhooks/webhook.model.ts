import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DeliveryView } from './webhook-deliveries.service.js';
import type { WebhookEndpointEntity } from './webhook-endpoint.entity.js';

@ObjectType('WebhookEndpoint', {
  description: 'An outgoing webhook of a brand (its secret is never answered)',
})
export class WebhookEndpointModel {
  @Field(() => ID, { description: 'The webhook id' })
  id: string;

  @Field(() => ID, { description: 'Its brand' })
  brandId: string;

  @Field({ description: 'Where events are POSTed' })
  url: string;

  @Field({ description: 'What it is for' })
  description: string;

  @Field(() => [String], { description: 'Event names it receives' })
  eventTypes: string[];

  @Field({ description: 'Whether it sends at all' })
  active: boolean;

  @Field({ description: 'When it was added' })
  createdAt: Date;
}

@ObjectType('WebhookEndpointWithSecret', {
  description: 'A webhook with its new secret: shown this once, keep it in the receiving tool',
})
export class WebhookEndpointWithSecretModel {
  @Field(() => WebhookEndpointModel, { description: 'The webhook' })
  endpoint: WebhookEndpointModel;

  @Field({ description: 'The HMAC secret (X-Chorus-Signature); not shown again' })
  secret: string;
}

@ObjectType('WebhookAttempt', { description: 'One HTTP attempt of a delivery' })
export class WebhookAttemptModel {
  @Field(() => Int, { description: '1 for the first try' })
  attempt: number;

  @Field({ description: 'When it started' })
  startedAt: Date;

  @Field(() => Int, { description: 'How long it took, in milliseconds' })
  durationMs: number;

  @Field(() => Int, {
    nullable: true,
    description: "The receiver's HTTP status; null without an answer",
  })
  statusCode: number | null;

  @Field({ description: 'Whether the receiver answered 2xx' })
  ok: boolean;

  @Field(() => String, { nullable: true, description: 'The error or the start of the answer' })
  error: string | null;
}

@ObjectType('WebhookDelivery', { description: 'One event sent to one webhook, with its attempts' })
export class WebhookDeliveryModel {
  @Field(() => ID, { description: 'The delivery id (X-Chorus-Delivery)' })
  id: string;

  @Field({ description: 'The event name (X-Chorus-Event); ping for a test' })
  eventType: string;

  @Field({ description: 'PENDING (being tried), DELIVERED or FAILED (after the last retry)' })
  status: string;

  @Field({ description: 'When it was made' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was delivered or given up' })
  finishedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The delivery this one repeats' })
  redeliveryOf: string | null;

  @Field(() => [WebhookAttemptModel], { description: 'Attempts so far, first first' })
  attempts: WebhookAttemptModel[];
}

export function toEndpointModel(entity: WebhookEndpointEntity): WebhookEndpointModel {
  return {
    id: entity.id,
    brandId: entity.brandId,
    url: entity.url,
    description: entity.description,
    eventTypes: entity.eventTypes,
    active: entity.active,
    createdAt: entity.createdAt,
  };
}

export function toDeliveryModel({ delivery, attempts }: DeliveryView): WebhookDeliveryModel {
  return {
    id: delivery.id,
    eventType: delivery.eventType,
    status: delivery.status.toUpperCase(),
    createdAt: delivery.createdAt,
    finishedAt: delivery.finishedAt,
    redeliveryOf: delivery.redeliveryOf,
    attempts: attempts.map((attempt) => ({
      attempt: attempt.attempt,
      startedAt: attempt.startedAt,
      durationMs: attempt.durationMs,
      statusCode: attempt.statusCode,
      ok: attempt.ok,
      error: attempt.error,
    })),
  };
}
