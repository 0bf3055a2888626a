import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../../access/index.js';
import { CreateWebhookInput, UpdateWebhookInput } from './dto/webhook.inputs.js';
import { WEBHOOK_EVENT_TYPES } from './webhook-events.js';
import {
  toDeliveryModel,
  toEndpointModel,
  WebhookDeliveryModel,
  WebhookEndpointModel,
  WebhookEndpointWithSecretModel,
} from './webhook.model.js';
import { WebhooksService } from './webhooks.service.js';

@Resolver(() => WebhookEndpointModel)
export class WebhooksResolver {
  constructor(private readonly webhooks: WebhooksService) {}

  @Query(() => [String], { description: 'The event names a webhook may receive' })
  webhookEventTypes(): string[] {
    return [...WEBHOOK_EVENT_TYPES];
  }

  @Query(() => [WebhookEndpointModel], { description: "A brand's outgoing webhooks" })
  async webhookEndpoints(
    @CurrentPrincipal() principal: Principal,
    @Args('brandId', { type: () => ID }) brandId: string,
  ): Promise<WebhookEndpointModel[]> {
    return (await this.webhooks.list(principal, brandId)).map(toEndpointModel);
  }

  @Query(() => [WebhookDeliveryModel], {
    description: 'The latest deliveries of a webhook, newest first, with their attempts',
  })
  async webhookDeliveries(
    @CurrentPrincipal() principal: Principal,
    @Args('endpointId', { type: () => ID }) endpointId: string,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
  ): Promise<WebhookDeliveryModel[]> {
    return (await this.webhooks.deliveryLog(principal, endpointId, limit)).map(toDeliveryModel);
  }

  @Mutation(() => WebhookEndpointWithSecretModel, {
    description: 'Adds a webhook; answers its secret this once (VALIDATION for private targets)',
  })
  async createWebhookEndpoint(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CreateWebhookInput,
  ): Promise<WebhookEndpointWithSecretModel> {
    const { endpoint, secret } = await this.webhooks.create(principal, input);
    return { endpoint: toEndpointModel(endpoint), secret };
  }

  @Mutation(() => WebhookEndpointModel, { description: 'Changes a webhook' })
  async updateWebhookEndpoint(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateWebhookInput,
  ): Promise<WebhookEndpointModel> {
    return toEndpointModel(await this.webhooks.update(principal, input));
  }

  @Mutation(() => WebhookEndpointWithSecretModel, {
    description: "Replaces a webhook's secret; answers the new one this once",
  })
  async rotateWebhookSecret(
    @CurrentPrincipal() principal: Principal,
    @Args('endpointId', { type: () => ID }) endpointId: string,
  ): Promise<WebhookEndpointWithSecretModel> {
    const { endpoint, secret } = await this.webhooks.rotateSecret(principal, endpointId);
    return { endpoint: toEndpointModel(endpoint), secret };
  }

  @Mutation(() => Boolean, { description: 'Deletes a webhook and its delivery log' })
  deleteWebhookEndpoint(
    @CurrentPrincipal() principal: Principal,
    @Args('endpointId', { type: () => ID }) endpointId: string,
  ): Promise<boolean> {
    return this.webhooks.delete(principal, endpointId);
  }

  @Mutation(() => WebhookDeliveryModel, { description: 'Sends a ping event to a webhook' })
  async sendTestWebhook(
    @CurrentPrincipal() principal: Principal,
    @Args('endpointId', { type: () => ID }) endpointId: string,
  ): Promise<WebhookDeliveryModel> {
    return toDeliveryModel(await this.webhooks.sendTest(principal, endpointId));
  }

  @Mutation(() => WebhookDeliveryModel, {
    description: 'Sends an earlier delivery again, as a new delivery with the same body',
  })
  async redeliverWebhook(
    @CurrentPrincipal() principal: Principal,
    @Args('deliveryId', { type: () => ID }) deliveryId: string,
  ): Promise<WebhookDeliveryModel> {
    return toDeliveryModel(await this.webhooks.redeliver(principal, deliveryId));
  }
}
