import { useMutation, useQuery } from '@apollo/client/react';
import {
  CreateCalendarFeedMutation,
  CreateKpiApiTokenMutation,
  CreateWebhookMutation,
  DeleteWebhookMutation,
  KpiApiTokensQuery,
  MyCalendarFeedQuery,
  RedeliverWebhookMutation,
  RevokeCalendarFeedMutation,
  RevokeKpiApiTokenMutation,
  RotateWebhookSecretMutation,
  SendTestWebhookMutation,
  UpdateWebhookMutation,
  WebhookDeliveriesQuery,
  WebhookEndpointsQuery,
} from '../graphql/integrations.graphql';

/** How many deliveries the log shows per webhook. */
export const DELIVERY_LOG_SIZE = 20;

export function useMyCalendarFeed(brandId: string) {
  return useQuery(MyCalendarFeedQuery, { variables: { brandId } });
}

export function useCreateCalendarFeed(brandId: string) {
  return useMutation(CreateCalendarFeedMutation, {
    refetchQueries: [{ query: MyCalendarFeedQuery, variables: { brandId } }],
  });
}

export function useRevokeCalendarFeed(brandId: string) {
  return useMutation(RevokeCalendarFeedMutation, {
    refetchQueries: [{ query: MyCalendarFeedQuery, variables: { brandId } }],
    awaitRefetchQueries: true,
  });
}

export function useWebhookEndpoints(brandId: string) {
  return useQuery(WebhookEndpointsQuery, { variables: { brandId } });
}

/** A webhook's latest deliveries with their attempts (fresh each time the log opens). */
export function useWebhookDeliveries(endpointId: string) {
  return useQuery(WebhookDeliveriesQuery, {
    variables: { endpointId, limit: DELIVERY_LOG_SIZE },
    fetchPolicy: 'cache-and-network',
  });
}

export function useCreateWebhook(brandId: string) {
  return useMutation(CreateWebhookMutation, {
    refetchQueries: [{ query: WebhookEndpointsQuery, variables: { brandId } }],
    awaitRefetchQueries: true,
  });
}

export function useUpdateWebhook() {
  return useMutation(UpdateWebhookMutation);
}

export function useRotateWebhookSecret() {
  return useMutation(RotateWebhookSecretMutation);
}

export function useDeleteWebhook(brandId: string) {
  return useMutation(DeleteWebhookMutation, {
    refetchQueries: [{ query: WebhookEndpointsQuery, variables: { brandId } }],
    awaitRefetchQueries: true,
  });
}

export function useSendTestWebhook(endpointId: string) {
  return useMutation(SendTestWebhookMutation, {
    refetchQueries: [
      { query: WebhookDeliveriesQuery, variables: { endpointId, limit: DELIVERY_LOG_SIZE } },
    ],
  });
}

export function useRedeliverWebhook(endpointId: string) {
  return useMutation(RedeliverWebhookMutation, {
    refetchQueries: [
      { query: WebhookDeliveriesQuery, variables: { endpointId, limit: DELIVERY_LOG_SIZE } },
    ],
  });
}

export function useKpiApiTokens(brandId: string) {
  return useQuery(KpiApiTokensQuery, { variables: { brandId } });
}

export function useCreateKpiApiToken(brandId: string) {
  return useMutation(CreateKpiApiTokenMutation, {
    refetchQueries: [{ query: KpiApiTokensQuery, variables: { brandId } }],
    awaitRefetchQueries: true,
  });
}

export function useRevokeKpiApiToken(brandId: string) {
  return useMutation(RevokeKpiApiTokenMutation, {
    refetchQueries: [{ query: KpiApiTokensQuery, variables: { brandId } }],
    awaitRefetchQueries: true,
  });
}
