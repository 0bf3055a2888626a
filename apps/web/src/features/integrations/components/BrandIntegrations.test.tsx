import { MockLink } from '@apollo/client/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answer, errorResult } from '../../../../test/factories';
import { createApolloClient } from '../../../app/apollo-client';
import { AppProviders } from '../../../app/AppProviders';
import { initI18n, type LanguageCode } from '../../../i18n';
import {
  CreateCalendarFeedMutation,
  CreateKpiApiTokenMutation,
  CreateWebhookMutation,
  KpiApiTokensQuery,
  MyCalendarFeedQuery,
  RevokeKpiApiTokenMutation,
  RedeliverWebhookMutation,
  WebhookDeliveriesQuery,
  WebhookEndpointsQuery,
} from '../graphql/integrations.graphql';
import { BrandIntegrations } from './BrandIntegrations';

const BRAND = 'brand-1';
const FEED_URL = 'https://chorus.example.com/api/calendar/secret-token.ics';
const EVENT_TYPES = [
  'post.created',
  'post.updated',
  'post.moved',
  'post.status_changed',
  'post.scheduled',
  'post.published',
];

const feed = (id = 'feed-1') => ({
  __typename: 'CalendarFeed',
  id,
  createdAt: '2026-12-01T10:00:00.000Z',
  lastUsedAt: null,
});

const endpoint = {
  __typename: 'WebhookEndpoint',
  id: 'hook-1',
  url: 'https://publisher.example.com/hooks/chorus',
  description: 'Publishing tool',
  eventTypes: ['post.scheduled'],
  active: true,
  createdAt: '2026-12-01T10:00:00.000Z',
};

const endpoints = (list: unknown[], times = Number.POSITIVE_INFINITY) =>
  answer(
    WebhookEndpointsQuery,
    { brandId: BRAND },
    { data: { webhookEventTypes: EVENT_TYPES, webhookEndpoints: list } },
    times,
  );

async function renderSection(
  actions: string[],
  mocks: MockLink.MockedResponse[],
  language: LanguageCode = 'en',
) {
  await initI18n({ language });
  const client = createApolloClient({ link: new MockLink(mocks) });
  return render(
    <AppProviders client={client} env="test">
      <BrandIntegrations brandId={BRAND} actions={actions} />
    </AppProviders>,
  );
}

describe('the brand integrations section', () => {
  it('lets a reader create a personal calendar feed and shows its URL once, without webhooks', async () => {
    await renderSection(
      ['brand.read', 'post.read'],
      [
        answer(MyCalendarFeedQuery, { brandId: BRAND }, { data: { myCalendarFeed: null } }),
        answer(
          CreateCalendarFeedMutation,
          { brandId: BRAND },
          {
            data: {
              createCalendarFeed: {
                __typename: 'CreatedCalendarFeed',
                url: FEED_URL,
                feed: feed(),
              },
            },
          },
        ),
        answer(MyCalendarFeedQuery, { brandId: BRAND }, { data: { myCalendarFeed: feed() } }),
      ],
    );

    await userEvent.click(await screen.findByRole('button', { name: 'Create feed URL' }));

    expect(await screen.findByTestId('calendar-feed-url')).toHaveValue(FEED_URL);
    expect(screen.getByRole('button', { name: 'Copy' })).toBeInTheDocument();
    expect(screen.getByText(/it is shown only once/)).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Revoke feed' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Webhooks' })).not.toBeInTheDocument();
  });

  it('shows nothing to someone who may neither read posts nor manage integrations', async () => {
    await renderSection(['brand.read'], []);
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('adds a webhook for a lead and shows its signing secret once', async () => {
    await renderSection(
      ['brand.read', 'post.read', 'integration.manage'],
      [
        answer(MyCalendarFeedQuery, { brandId: BRAND }, { data: { myCalendarFeed: null } }),
        endpoints([], 1),
        answer(
          CreateWebhookMutation,
          {
            input: {
              brandId: BRAND,
              url: endpoint.url,
              description: '',
              eventTypes: ['post.scheduled', 'post.published'],
            },
          },
          {
            data: {
              createWebhookEndpoint: {
                __typename: 'WebhookEndpointWithSecret',
                secret: 'whsec_shown_once',
                endpoint,
              },
            },
          },
        ),
        // The list the page fetches again after adding.
        endpoints([{ ...endpoint, eventTypes: ['post.scheduled', 'post.published'] }]),
      ],
    );

    expect(await screen.findByText('No webhooks yet.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add webhook' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a webhook' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Target URL/ }), endpoint.url);
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /Post published/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save webhook' }));

    expect(await screen.findByTestId('webhook-secret')).toHaveValue('whsec_shown_once');
    const card = screen.getByTestId('webhook-endpoint');
    expect(card).toHaveTextContent(endpoint.url);
    expect(card).toHaveTextContent('Post scheduled, Post published');
  });

  it('makes a KPI API token for whoever enters results, shows it once, and revokes it', async () => {
    const token = {
      __typename: 'KpiApiToken',
      id: 'token-1',
      label: 'Monthly export',
      lastFour: 'x9Qz',
      ownerId: 'user-1',
      ownerName: 'Linh',
      createdAt: '2026-12-01T10:00:00.000Z',
      lastUsedAt: null,
    };
    const list = (tokens: unknown[]) =>
      answer(KpiApiTokensQuery, { brandId: BRAND }, { data: { kpiApiTokens: tokens } });
    await renderSection(
      ['brand.read', 'metrics.edit'],
      [
        list([]),
        answer(
          CreateKpiApiTokenMutation,
          { input: { brandId: BRAND, label: 'Monthly export' } },
          {
            data: {
              createKpiApiToken: {
                __typename: 'CreatedKpiApiToken',
                token: 'chorus_kpi_secret_shown_oncex9Qz',
                apiToken: { __typename: 'KpiApiToken', id: 'token-1' },
              },
            },
          },
        ),
        list([token]),
        answer(RevokeKpiApiTokenMutation, { id: 'token-1' }, { data: { revokeKpiApiToken: true } }),
        list([]),
      ],
    );

    expect(await screen.findByText('No API tokens yet.')).toBeInTheDocument();
    expect(screen.getByTestId('kpi-api-example')).toHaveTextContent(
      `/api/brands/${BRAND}/kpis/actuals`,
    );
    expect(screen.queryByRole('heading', { name: 'Webhooks' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Create token' }));
    expect(await screen.findByText('Name the token.')).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: 'Token name' }), 'Monthly export');
    await userEvent.click(screen.getByRole('button', { name: 'Create token' }));

    expect(await screen.findByTestId('kpi-api-token-secret')).toHaveValue(
      'chorus_kpi_secret_shown_oncex9Qz',
    );
    expect(await screen.findByText('…x9Qz')).toBeInTheDocument();
    expect(screen.getByText('Never used')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Revoke the token Monthly export' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke the API token?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Revoke' }));
    expect(await screen.findByText('No API tokens yet.')).toBeInTheDocument();
  });

  it('shows a refused private target under the URL field', async () => {
    await renderSection(
      ['integration.manage'],
      [
        endpoints([]),
        answer(
          CreateWebhookMutation,
          {
            input: {
              brandId: BRAND,
              url: 'http://10.0.0.8/hook',
              description: '',
              eventTypes: ['post.scheduled'],
            },
          },
          errorResult('VALIDATION', { field: 'url' }),
        ),
      ],
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Add webhook' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a webhook' });
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Target URL/ }),
      'http://10.0.0.8/hook',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save webhook' }));
    expect(
      await within(dialog).findByText(/addresses in private and local networks are refused/),
    ).toBeInTheDocument();
  });

  it('lists deliveries with their attempts and redelivers a failed one, in Hebrew', async () => {
    const failed = {
      __typename: 'WebhookDelivery',
      id: 'delivery-1',
      eventType: 'post.scheduled',
      status: 'FAILED',
      createdAt: '2026-12-01T10:00:00.000Z',
      finishedAt: '2026-12-01T10:05:00.000Z',
      redeliveryOf: null,
      attempts: [1, 2, 3].map((attempt) => ({
        __typename: 'WebhookAttempt',
        attempt,
        startedAt: '2026-12-01T10:00:00.000Z',
        durationMs: 120,
        statusCode: 503,
        ok: false,
        error: 'HTTP 503: down',
      })),
    };
    const deliveries = answer(
      WebhookDeliveriesQuery,
      { endpointId: 'hook-1', limit: 20 },
      { data: { webhookDeliveries: [failed] } },
      Number.POSITIVE_INFINITY,
    );
    let redelivered = false;
    const redeliver: MockLink.MockedResponse = {
      request: { query: RedeliverWebhookMutation, variables: { deliveryId: 'delivery-1' } },
      result: () => {
        redelivered = true;
        return {
          data: {
            redeliverWebhook: {
              __typename: 'WebhookDelivery',
              id: 'delivery-2',
              status: 'PENDING',
            },
          },
        };
      },
    };
    await renderSection(
      ['integration.manage'],
      [endpoints([endpoint]), deliveries, redeliver],
      'he',
    );

    await userEvent.click(await screen.findByRole('button', { name: 'יומן משלוחים' }));
    const row = await screen.findByTestId('delivery-row');
    expect(row).toHaveTextContent('פוסט תוזמן');
    expect(row).toHaveTextContent('נכשל');
    expect(within(row).getAllByText(/HTTP 503/)).toHaveLength(3);
    await userEvent.click(within(row).getByRole('button', { name: 'שליחה מחדש' }));
    await waitFor(() => expect(redelivered).toBe(true));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
