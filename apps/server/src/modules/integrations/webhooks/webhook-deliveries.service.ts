import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../platform/config/index.js';
import { JobQueue } from '../../../platform/jobs/index.js';
import { EventLog, type RecordedEvent } from '../../events/index.js';
import { PostsRepository, type PostRow } from '../../posts/index.js';
import { postUrl } from '../post-link.js';
import { WebhookAttemptEntity } from './webhook-attempt.entity.js';
import { WebhookDeliveryEntity } from './webhook-delivery.entity.js';
import { WebhookEndpointEntity } from './webhook-endpoint.entity.js';
import { PING_EVENT, SOURCE_EVENT_TYPES, webhookEventFor } from './webhook-events.js';
import { postWebhook } from './webhook-sender.js';
import { signWebhook } from './webhook-signature.js';

/** The job queue that sends one delivery (one attempt per run). */
export const DELIVER_QUEUE = 'webhooks.deliver';

/** A delivery with its attempts, newest attempt last. */
export interface DeliveryView {
  delivery: WebhookDeliveryEntity;
  attempts: WebhookAttemptEntity[];
}

/**
 * Turns post events into deliveries and sends them. The event-log processor writes one
 * delivery row per subscribed endpoint and enqueues its job in the same transaction;
 * each job run is one HTTP attempt, logged; a failed attempt throws so the job queue
 * retries it with backoff, and the last one marks the delivery failed.
 */
@Injectable()
export class WebhookDeliveriesService {
  private readonly logger = new Logger('Webhooks');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly posts: PostsRepository,
    events: EventLog,
  ) {
    events.registerProcessor('webhooks', SOURCE_EVENT_TYPES, (event) => this.fanOut(event));
    jobs.register(
      DELIVER_QUEUE,
      (data, job) => this.attempt((data as { deliveryId: string }).deliveryId, job.attempt),
      {
        retryLimit: config.webhooks.retryLimit,
        retryDelaySeconds: config.webhooks.retryDelaySeconds,
        expireInSeconds: Math.ceil(config.webhooks.timeoutMs / 1000) + 60,
      },
    );
  }

  /** The processor: one delivery per active endpoint of the brand that asked for this event. */
  async fanOut(event: RecordedEvent): Promise<void> {
    if (!event.brandId) return;
    const endpoints = await this.dataSource.manager.findBy(WebhookEndpointEntity, {
      brandId: event.brandId,
      active: true,
    });
    const wanted = endpoints
      .map((endpoint) => ({ endpoint, name: webhookEventFor(event, endpoint.eventTypes) }))
      .filter((item): item is { endpoint: WebhookEndpointEntity; name: string } => !!item.name);
    if (wanted.length === 0) return;
    const post = await this.posts.findOne(event.subject.id);
    await this.dataSource.transaction(async (manager) => {
      for (const { endpoint, name } of wanted) {
        const body = JSON.stringify({
          event: name,
          eventId: event.id,
          occurredAt: event.occurredAt.toISOString(),
          brandId: event.brandId,
          actorId: event.actorId,
          change: event.data,
          post: post ? this.postPayload(post) : null,
        });
        // ON CONFLICT: the processor ran before for this event (at-least-once); its job exists.
        const inserted = await manager.query<Array<{ id: string }>>(
          `INSERT INTO webhook_deliveries (id, endpoint_id, event_id, event_type, body)
           VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (endpoint_id, event_id) WHERE event_id IS NOT NULL DO NOTHING
           RETURNING id`,
          [randomUUID(), endpoint.id, event.id, name, body],
        );
        if (inserted[0]) await this.enqueue(manager, inserted[0].id);
      }
    });
  }

  /** A `ping` delivery to one endpoint, sent like any other. */
  async sendTest(endpoint: WebhookEndpointEntity, actorId: string): Promise<DeliveryView> {
    const body = JSON.stringify({
      event: PING_EVENT,
      eventId: randomUUID(),
      occurredAt: new Date().toISOString(),
      brandId: endpoint.brandId,
      actorId,
      change: {},
      post: null,
    });
    return this.createDelivery(endpoint.id, PING_EVENT, body, null);
  }

  /** A new delivery with the same body as an earlier one. */
  redeliver(original: WebhookDeliveryEntity): Promise<DeliveryView> {
    return this.createDelivery(original.endpointId, original.eventType, original.body, original.id);
  }

  /** The latest deliveries of an endpoint with their attempts (two statements). */
  async latest(endpointId: string, limit: number): Promise<DeliveryView[]> {
    const deliveries = await this.dataSource.manager.find(WebhookDeliveryEntity, {
      where: { endpointId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: limit,
    });
    if (deliveries.length === 0) return [];
    const attempts = await this.dataSource.manager.find(WebhookAttemptEntity, {
      where: { deliveryId: In(deliveries.map((delivery) => delivery.id)) },
      order: { attempt: 'ASC' },
    });
    return deliveries.map((delivery) => ({
      delivery,
      attempts: attempts.filter((attempt) => attempt.deliveryId === delivery.id),
    }));
  }

  /** One job run: one HTTP attempt, logged; throws to have the queue retry. */
  async attempt(deliveryId: string, attempt: number): Promise<void> {
    const delivery = await this.dataSource.manager.findOneBy(WebhookDeliveryEntity, {
      id: deliveryId,
    });
    // Gone with its endpoint, or already settled by an earlier run.
    if (!delivery || delivery.status !== 'pending') return;
    const endpoint = await this.dataSource.manager.findOneBy(WebhookEndpointEntity, {
      id: delivery.endpointId,
    });
    if (!endpoint) return;
    const startedAt = new Date();
    const timestamp = Math.floor(startedAt.getTime() / 1000);
    const outcome = endpoint.active
      ? await postWebhook(
          endpoint.url,
          {
            'content-type': 'application/json',
            'user-agent': 'Chorus-Webhooks/1',
            'x-chorus-event': delivery.eventType,
            'x-chorus-delivery': delivery.id,
            'x-chorus-timestamp': String(timestamp),
            'x-chorus-signature': signWebhook(endpoint.secret, timestamp, delivery.body),
          },
          delivery.body,
          {
            timeoutMs: this.config.webhooks.timeoutMs,
            allowPrivate: this.config.webhooks.allowPrivateTargets,
          },
        )
      : { statusCode: null, ok: false, error: 'The endpoint is turned off.', durationMs: 0 };
    const last = !endpoint.active || attempt > this.config.webhooks.retryLimit;
    const status = outcome.ok ? 'delivered' : last ? 'failed' : 'pending';
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(WebhookAttemptEntity, {
        deliveryId,
        attempt,
        startedAt,
        durationMs: outcome.durationMs,
        statusCode: outcome.statusCode,
        ok: outcome.ok,
        error: outcome.error,
      });
      if (status !== 'pending') {
        await manager.update(
          WebhookDeliveryEntity,
          { id: deliveryId },
          { status, finishedAt: new Date() },
        );
      }
    });
    if (status === 'pending') {
      throw new Error(
        `Webhook delivery ${deliveryId} attempt ${attempt}: ${outcome.error ?? 'failed'}`,
      );
    }
    if (status === 'failed') {
      this.logger.warn(`Webhook delivery ${deliveryId} failed after ${attempt} attempts`);
    }
  }

  private async createDelivery(
    endpointId: string,
    eventType: string,
    body: string,
    redeliveryOf: string | null,
  ): Promise<DeliveryView> {
    const delivery = await this.dataSource.transaction(async (manager) => {
      const row = await manager.save(
        manager.create(WebhookDeliveryEntity, {
          id: randomUUID(),
          endpointId,
          eventId: null,
          eventType,
          body,
          status: 'pending',
          redeliveryOf,
          finishedAt: null,
        }),
      );
      await this.enqueue(manager, row.id);
      return row;
    });
    return { delivery, attempts: [] };
  }

  private async enqueue(manager: EntityManager, deliveryId: string): Promise<void> {
    await this.jobs.send(DELIVER_QUEUE, { deliveryId }, { manager });
  }

  private postPayload(post: PostRow): Record<string, unknown> {
    return {
      id: post.id,
      title: post.title,
      status: post.status,
      networks: post.networks,
      format: post.format,
      publishAt: post.publishAt?.toISOString() ?? null,
      publishAtLocal: post.publishAtLocal,
      timeZone: post.timeZone,
      category: post.categoryName,
      promotional: post.promotional,
      archived: post.documentArchivedAt !== null,
      url: postUrl(this.config.publicUrl, post),
    };
  }
}
