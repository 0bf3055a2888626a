import { graphql } from '../../../gql';

/** The caller's own calendar feed of a brand (never its URL: that is shown once). */
export const MyCalendarFeedQuery = graphql(`
  query MyCalendarFeed($brandId: ID!) {
    myCalendarFeed(brandId: $brandId) {
      id
      createdAt
      lastUsedAt
    }
  }
`);

export const CreateCalendarFeedMutation = graphql(`
  mutation CreateCalendarFeed($brandId: ID!) {
    createCalendarFeed(brandId: $brandId) {
      url
      feed {
        id
        createdAt
        lastUsedAt
      }
    }
  }
`);

export const RevokeCalendarFeedMutation = graphql(`
  mutation RevokeCalendarFeed($brandId: ID!) {
    revokeCalendarFeed(brandId: $brandId)
  }
`);

export const WebhookEndpointsQuery = graphql(`
  query WebhookEndpoints($brandId: ID!) {
    webhookEventTypes
    webhookEndpoints(brandId: $brandId) {
      id
      url
      description
      eventTypes
      active
      createdAt
    }
  }
`);

export const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($endpointId: ID!, $limit: Int!) {
    webhookDeliveries(endpointId: $endpointId, limit: $limit) {
      id
      eventType
      status
      createdAt
      finishedAt
      redeliveryOf
      attempts {
        attempt
        startedAt
        durationMs
        statusCode
        ok
        error
      }
    }
  }
`);

export const CreateWebhookMutation = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        id
        url
        description
        eventTypes
        active
        createdAt
      }
    }
  }
`);

export const UpdateWebhookMutation = graphql(`
  mutation UpdateWebhookEndpoint($input: UpdateWebhookInput!) {
    updateWebhookEndpoint(input: $input) {
      id
      url
      description
      eventTypes
      active
      createdAt
    }
  }
`);

export const RotateWebhookSecretMutation = graphql(`
  mutation RotateWebhookSecret($endpointId: ID!) {
    rotateWebhookSecret(endpointId: $endpointId) {
      secret
      endpoint {
        id
      }
    }
  }
`);

export const DeleteWebhookMutation = graphql(`
  mutation DeleteWebhookEndpoint($endpointId: ID!) {
    deleteWebhookEndpoint(endpointId: $endpointId)
  }
`);

export const SendTestWebhookMutation = graphql(`
  mutation SendTestWebhook($endpointId: ID!) {
    sendTestWebhook(endpointId: $endpointId) {
      id
      status
    }
  }
`);

export const RedeliverWebhookMutation = graphql(`
  mutation RedeliverWebhook($deliveryId: ID!) {
    redeliverWebhook(deliveryId: $deliveryId) {
      id
      status
    }
  }
`);

/** The caller's KPI API tokens of a brand (everyone's for integration managers); never a secret. */
export const KpiApiTokensQuery = graphql(`
  query KpiApiTokens($brandId: ID!) {
    kpiApiTokens(brandId: $brandId) {
      id
      label
      lastFour
      ownerId
      ownerName
      createdAt
      lastUsedAt
    }
  }
`);

export const CreateKpiApiTokenMutation = graphql(`
  mutation CreateKpiApiToken($input: CreateKpiApiTokenInput!) {
    createKpiApiToken(input: $input) {
      token
      apiToken {
        id
      }
    }
  }
`);

export const RevokeKpiApiTokenMutation = graphql(`
  mutation RevokeKpiApiToken($id: ID!) {
    revokeKpiApiToken(id: $id)
  }
`);
