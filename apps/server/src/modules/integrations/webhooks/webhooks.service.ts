import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../platform/config/index.js';
import { AppError, notFoundAs } from '../../../platform/errors/index.js';
import { validText } from '../../../platform/validation/index.js';
import { AccessService, isUuid, type Principal } from '../../access/index.js';
import { assertBrandActive } from '../../brands/index.js';
import { actorOf, EventLog, type EventType } from '../../events/index.js';
import { WebhookDeliveriesService, type DeliveryView } from './webhook-deliveries.service.js';
import { WebhookDeliveryEntity } from './webhook-delivery.entity.js';
import { WebhookEndpointEntity } from './webhook-endpoint.entity.js';
import { isWebhookEventType } from './webhook-events.js';
import { newWebhookSecret } from './webhook-signature.js';
import { targetProblem } from './webhook-target.js';
import type { CreateWebhookInput, UpdateWebhookInput } from './dto/webhook.inputs.js';

/** Most endpoints one brand may have. */
export const MAX_ENDPOINTS_PER_BRAND = 20;
/** Most deliveries one log answer carries. */
export const MAX_DELIVERY_LOG = 100;

/** An endpoint with its secret, answered only when the secret is new. */
export interface EndpointWithSecret {
  endpoint: WebhookEndpointEntity;
  secret: string;
}

/**
 * A brand's outgoing webhooks: endpoints managed by those the matrix allows
 * (`integration.manage`), their delivery log, a test event and redelivery.
 */
@Injectable()
export class WebhooksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: AccessService,
    private readonly deliveries: WebhookDeliveriesService,
    private readonly events: EventLog,
  ) {}

  async list(principal: Principal, brandId: string): Promise<WebhookEndpointEntity[]> {
    const { brand } = await this.access.authorizeBrand(principal, brandId, 'integration.manage');
    return this.dataSource.manager.find(WebhookEndpointEntity, {
      where: { brandId: brand.id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  async create(principal: Principal, input: CreateWebhookInput): Promise<EndpointWithSecret> {
    const { brand } = await this.access.authorizeBrand(
      principal,
      input.brandId,
      'integration.manage',
    );
    assertBrandActive(brand);
    const url = await this.checkUrl(input.url);
    const description = validText(input.description ?? '', 'description', 200);
    const eventTypes = checkEventTypes(input.eventTypes);
    const secret = newWebhookSecret();
    const endpoint = await this.dataSource.transaction(async (manager) => {
      const [{ n } = { n: '0' }] = await manager.query<Array<{ n: string }>>(
        'SELECT count(*) AS n FROM webhook_endpoints WHERE brand_id = $1',
        [brand.id],
      );
      if (Number(n) >= MAX_ENDPOINTS_PER_BRAND) {
        throw AppError.conflict(
          `A brand has at most ${MAX_ENDPOINTS_PER_BRAND} webhooks; delete one first.`,
          'url',
        );
      }
      const saved = await manager.save(
        manager.create(WebhookEndpointEntity, {
          brandId: brand.id,
          url,
          description,
          secret,
          eventTypes,
          active: true,
          createdBy: actorOf(principal),
        }),
      );
      await this.record(manager, 'webhook.created', principal, saved, brand.workspaceId, {
        name: url,
        after: eventTypes,
      });
      return saved;
    });
    return { endpoint, secret };
  }

  async update(principal: Principal, input: UpdateWebhookInput): Promise<WebhookEndpointEntity> {
    const { endpoint, workspaceId, archived } = await this.requireEndpoint(
      principal,
      input.endpointId,
    );
    assertBrandActive({ archivedAt: archived });
    const changes: Partial<WebhookEndpointEntity> = {};
    if (input.url != null) changes.url = await this.checkUrl(input.url);
    if (input.description != null)
      changes.description = validText(input.description, 'description', 200);
    if (input.eventTypes != null) changes.eventTypes = checkEventTypes(input.eventTypes);
    if (input.active != null) changes.active = input.active;
    if (Object.keys(changes).length === 0) return endpoint;
    await this.dataSource.transaction(async (manager) => {
      await manager.update(WebhookEndpointEntity, { id: endpoint.id }, changes);
      await this.record(manager, 'webhook.updated', principal, endpoint, workspaceId, {
        name: changes.url ?? endpoint.url,
        fields: Object.keys(changes),
      });
    });
    return { ...endpoint, ...changes };
  }

  /** A new secret; the old one stops signing at once. */
  async rotateSecret(principal: Principal, endpointId: string): Promise<EndpointWithSecret> {
    const { endpoint, workspaceId } = await this.requireEndpoint(principal, endpointId);
    const secret = newWebhookSecret();
    await this.dataSource.transaction(async (manager) => {
      await manager.update(WebhookEndpointEntity, { id: endpoint.id }, { secret });
      await this.record(manager, 'webhook.updated', principal, endpoint, workspaceId, {
        name: endpoint.url,
        fields: ['secret'],
      });
    });
    return { endpoint, secret };
  }

  /** Deletes the endpoint with its delivery log. */
  async delete(principal: Principal, endpointId: string): Promise<boolean> {
    const { endpoint, workspaceId } = await this.requireEndpoint(principal, endpointId);
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(WebhookEndpointEntity, { id: endpoint.id });
      await this.record(manager, 'webhook.deleted', principal, endpoint, workspaceId, {
        name: endpoint.url,
      });
    });
    return true;
  }

  async deliveryLog(
    principal: Principal,
    endpointId: string,
    limit: number,
  ): Promise<DeliveryView[]> {
    const { endpoint } = await this.requireEndpoint(principal, endpointId);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_DELIVERY_LOG) {
      throw AppError.validation('limit', `Ask for 1 to ${MAX_DELIVERY_LOG} deliveries.`);
    }
    return this.deliveries.latest(endpoint.id, limit);
  }

  async sendTest(principal: Principal, endpointId: string): Promise<DeliveryView> {
    const { endpoint } = await this.requireEndpoint(principal, endpointId);
    return this.deliveries.sendTest(endpoint, actorOf(principal) ?? '');
  }

  async redeliver(principal: Principal, deliveryId: string): Promise<DeliveryView> {
    const original = isUuid(deliveryId)
      ? await this.dataSource.manager.findOneBy(WebhookDeliveryEntity, { id: deliveryId })
      : null;
    if (!original) throw AppError.notFound('The delivery');
    await this.requireEndpoint(principal, original.endpointId).catch(notFoundAs('The delivery'));
    return this.deliveries.redeliver(original);
  }

  private async requireEndpoint(
    principal: Principal,
    endpointId: string,
  ): Promise<{ endpoint: WebhookEndpointEntity; workspaceId: string; archived: Date | null }> {
    this.access.requireUser(principal);
    const endpoint = isUuid(endpointId)
      ? await this.dataSource.manager.findOneBy(WebhookEndpointEntity, { id: endpointId })
      : null;
    if (!endpoint) throw AppError.notFound('The webhook');
    const { brand } = await this.access
      .authorizeBrand(principal, endpoint.brandId, 'integration.manage')
      .catch(notFoundAs('The webhook'));
    return { endpoint, workspaceId: brand.workspaceId, archived: brand.archivedAt };
  }

  private async checkUrl(raw: string): Promise<string> {
    const url = raw.trim();
    if (url.length > 2000)
      throw AppError.validation('url', 'Use a URL of at most 2,000 characters.');
    const problem = await targetProblem(url, this.config.webhooks.allowPrivateTargets);
    if (problem) throw AppError.validation('url', problem);
    return url;
  }

  private async record(
    manager: EntityManager,
    type: EventType,
    principal: Principal,
    endpoint: WebhookEndpointEntity,
    workspaceId: string,
    data: Record<string, unknown>,
  ): Promise<void> {
    await this.events.record(manager, {
      type,
      workspaceId,
      brandId: endpoint.brandId,
      actorId: actorOf(principal),
      subject: { type: 'webhook', id: endpoint.id },
      data,
    });
  }
}

function checkEventTypes(values: readonly string[]): string[] {
  const unique = [...new Set(values)];
  if (unique.length === 0) {
    throw AppError.validation('eventTypes', 'Choose at least one event to send.');
  }
  const unknown = unique.find((value) => !isWebhookEventType(value));
  if (unknown !== undefined) {
    throw AppError.validation('eventTypes', `There is no webhook event ${unknown.slice(0, 40)}.`);
  }
  return unique;
}
