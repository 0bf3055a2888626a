import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { BRAND_ACTORS, buildBrandActors, type BrandActor } from '../support/brand-actors.js';
import { eventually } from '../support/events.js';
import { Factories } from '../support/factories.js';
import { errorCode, type GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { CREATE_POST } from './posts-fixtures.js';

const CREATE = `mutation($i: CreateWebhookInput!) {
  createWebhookEndpoint(input: $i) { secret endpoint { id url eventTypes active } } }`;
const LIST = `query($b: ID!) { webhookEndpoints(brandId: $b) { id url eventTypes } }`;
const DELIVERIES = `query($e: ID!) { webhookDeliveries(endpointId: $e, limit: 10) {
  id eventType status redeliveryOf attempts { attempt statusCode ok error durationMs } } }`;
const SEND_TEST = `mutation($e: ID!) { sendTestWebhook(endpointId: $e) { id status } }`;
const REDELIVER = `mutation($d: ID!) { redeliverWebhook(deliveryId: $d) { id redeliveryOf } }`;
const DELETE = `mutation($e: ID!) { deleteWebhookEndpoint(endpointId: $e) }`;
const UPDATE = `mutation($i: UpdateWebhookInput!) { updateWebhookEndpoint(input: $i) { id active } }`;
const TRANSITION = `mutation($i: TransitionPostInput!) { transitionPost(input: $i) { post { id status } } }`;

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}
interface Delivery {
  id: string;
  eventType: string;
  status: string;
  redeliveryOf: string | null;
  attempts: Array<{
    attempt: number;
    statusCode: number | null;
    ok: boolean;
    error: string | null;
  }>;
}

/** A local receiver: records every request; answers each path from its script, then 200. */
class Receiver {
  readonly received: Received[] = [];
  readonly scripts = new Map<string, number[] | 'always-503'>();
  private server?: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const path = req.url ?? '/';
        this.received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString() });
        const script = this.scripts.get(path);
        const status = script === 'always-503' ? 503 : (script?.shift() ?? 200);
        res.writeHead(status, { 'content-type': 'text/plain' }).end(`answer ${status}`);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

describe('outgoing webhooks', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;
  let brand: BrandEntity;
  let clients: Map<BrandActor, GraphQLClient>;
  let lead: GraphQLClient;
  const receiver = new Receiver();

  async function createEndpoint(path: string, eventTypes: string[]) {
    const data = await lead.ok<{
      createWebhookEndpoint: { secret: string; endpoint: { id: string } };
    }>(CREATE, { i: { brandId: brand.id, url: `${receiver.url}${path}`, eventTypes } });
    return {
      id: data.createWebhookEndpoint.endpoint.id,
      secret: data.createWebhookEndpoint.secret,
    };
  }

  async function deliveries(endpointId: string): Promise<Delivery[]> {
    return (await lead.ok<{ webhookDeliveries: Delivery[] }>(DELIVERIES, { e: endpointId }))
      .webhookDeliveries;
  }

  function settled(endpointId: string, deliveryId: string): Promise<Delivery> {
    return eventually(async () => {
      const found = (await deliveries(endpointId)).find((delivery) => delivery.id === deliveryId);
      return found && found.status !== 'PENDING' ? found : undefined;
    }, 90_000);
  }

  beforeAll(async () => {
    await receiver.start();
    database = await createTestDatabase();
    app = await createTestApp({
      database: database.config,
      env: {
        CHORUS_SEED_DEMO: 'false',
        // The receiver listens on 127.0.0.1; retries are made fast through configuration.
        WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
        WEBHOOK_RETRY_LIMIT: '2',
        WEBHOOK_RETRY_DELAY_SECONDS: '1',
      },
    });
    factories = new Factories(app);
    ({ brand, clients } = await buildBrandActors(factories));
    lead = clients.get('lead')!;
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
    await receiver.stop();
  });

  it('POSTs a scheduled post with a signature the secret verifies', async () => {
    const endpoint = await createEndpoint('/scheduled', ['post.scheduled']);
    const specialist = clients.get('smm_specialist')!;
    const created = await specialist.ok<{ createPost: { post: { id: string } } }>(CREATE_POST, {
      i: { brandId: brand.id, title: 'Launch สวัสดี', post: { publishAt: '2026-12-24T10:00' } },
    });
    const postId = created.createPost.post.id;
    for (const to of ['READY', 'SCHEDULED']) {
      await specialist.ok(TRANSITION, { i: { postId, to } });
    }
    const hit = await eventually(() =>
      Promise.resolve(receiver.received.find((request) => request.path === '/scheduled')),
    );
    const timestamp = hit.headers['x-chorus-timestamp'] as string;
    const expected = createHmac('sha256', endpoint.secret)
      .update(`${timestamp}.${hit.body}`)
      .digest('hex');
    expect(hit.headers['x-chorus-signature']).toBe(`sha256=${expected}`);
    expect(hit.headers['x-chorus-event']).toBe('post.scheduled');
    expect(hit.headers['content-type']).toBe('application/json');
    const body = JSON.parse(hit.body) as {
      event: string;
      post: { id: string; title: string; status: string; publishAt: string };
    };
    expect(body.event).toBe('post.scheduled');
    expect(body.post).toMatchObject({
      id: postId,
      title: 'Launch สวัสดี',
      status: 'scheduled',
      publishAt: '2026-12-24T10:00:00.000Z',
    });
    // Only the scheduling reached an endpoint that asked for post.scheduled alone.
    expect(receiver.received.filter((request) => request.path === '/scheduled')).toHaveLength(1);
    const [logged] = await deliveries(endpoint.id);
    expect(logged!.id).toBe(hit.headers['x-chorus-delivery']);
    const done = await settled(endpoint.id, logged!.id);
    expect(done.status).toBe('DELIVERED');
    expect(done.attempts).toMatchObject([{ attempt: 1, statusCode: 200, ok: true }]);
  });

  it('retries a receiver answering 500 twice and logs three attempts, the last delivered', async () => {
    const endpoint = await createEndpoint('/flaky', ['post.updated']);
    receiver.scripts.set('/flaky', [500, 500]);
    const sent = await lead.ok<{ sendTestWebhook: { id: string; status: string } }>(SEND_TEST, {
      e: endpoint.id,
    });
    expect(sent.sendTestWebhook.status).toBe('PENDING');
    const done = await settled(endpoint.id, sent.sendTestWebhook.id);
    expect(done.status).toBe('DELIVERED');
    expect(done.eventType).toBe('ping');
    expect(
      done.attempts.map((attempt) => [attempt.attempt, attempt.statusCode, attempt.ok]),
    ).toEqual([
      [1, 500, false],
      [2, 500, false],
      [3, 200, true],
    ]);
    expect(done.attempts[0]!.error).toContain('answer 500');
    const bodies = receiver.received.filter((request) => request.path === '/flaky');
    expect(bodies).toHaveLength(3);
    expect(new Set(bodies.map((request) => request.body)).size).toBe(1);
    expect(new Set(bodies.map((request) => request.headers['x-chorus-delivery'])).size).toBe(1);
  });

  it('marks a delivery failed after the last retry, and redelivers it as a new delivery', async () => {
    const endpoint = await createEndpoint('/down', ['post.moved']);
    receiver.scripts.set('/down', 'always-503');
    const sent = await lead.ok<{ sendTestWebhook: { id: string } }>(SEND_TEST, { e: endpoint.id });
    const failed = await settled(endpoint.id, sent.sendTestWebhook.id);
    expect(failed.status).toBe('FAILED');
    expect(failed.attempts.map((attempt) => attempt.statusCode)).toEqual([503, 503, 503]);

    receiver.scripts.delete('/down');
    const again = await lead.ok<{ redeliverWebhook: { id: string; redeliveryOf: string } }>(
      REDELIVER,
      { d: failed.id },
    );
    expect(again.redeliverWebhook.redeliveryOf).toBe(failed.id);
    const done = await settled(endpoint.id, again.redeliverWebhook.id);
    expect(done.status).toBe('DELIVERED');
    const downs = receiver.received.filter((request) => request.path === '/down');
    expect(downs).toHaveLength(4);
    expect(downs[3]!.body).toBe(downs[0]!.body);
    expect(downs[3]!.headers['x-chorus-delivery']).toBe(again.redeliverWebhook.id);
  });

  it('sends nothing to a turned-off webhook and lists the off state', async () => {
    const endpoint = await createEndpoint('/off', ['post.created']);
    const updated = await lead.ok<{ updateWebhookEndpoint: { active: boolean } }>(UPDATE, {
      i: { endpointId: endpoint.id, active: false },
    });
    expect(updated.updateWebhookEndpoint.active).toBe(false);
    await clients.get('smm_specialist')!.ok(CREATE_POST, {
      i: { brandId: brand.id, title: 'Quiet post' },
    });
    // The processor saw the event (it reached the other endpoint's brand) but made no delivery here.
    const [{ n }] = await factories.db.query<[{ n: string }]>(
      `SELECT count(*) AS n FROM webhook_deliveries WHERE endpoint_id = $1`,
      [endpoint.id],
    );
    expect(Number(n)).toBe(0);
  });

  it('refuses unknown event names and bad URLs with VALIDATION and stores nothing', async () => {
    const before = await lead.ok<{ webhookEndpoints: unknown[] }>(LIST, { b: brand.id });
    for (const [url, eventTypes, field] of [
      [`${receiver.url}/x`, ['post.exploded'], 'eventTypes'],
      [`${receiver.url}/x`, [], 'eventTypes'],
      ['ftp://example.com/hook', ['post.created'], 'url'],
      ['not a url', ['post.created'], 'url'],
    ] as const) {
      const result = await lead.request(CREATE, {
        i: { brandId: brand.id, url, eventTypes: [...eventTypes] },
      });
      expect(errorCode(result)).toBe('VALIDATION');
      expect(result.errors?.[0]?.extensions?.field).toBe(field);
    }
    const after = await lead.ok<{ webhookEndpoints: unknown[] }>(LIST, { b: brand.id });
    expect(after.webhookEndpoints).toHaveLength(before.webhookEndpoints.length);
  });

  describe('per role', () => {
    const MANAGERS: readonly BrandActor[] = ['owner', 'admin', 'lead'];
    const refusal = (actor: BrandActor) =>
      actor === 'anonymous'
        ? 'UNAUTHENTICATED'
        : actor === 'outsider' || actor === 'member'
          ? 'NOT_FOUND'
          : 'FORBIDDEN';

    it.each(BRAND_ACTORS)(
      'lets %s list and add webhooks only as the matrix says',
      async (actor) => {
        const client = clients.get(actor)!;
        const listed = await client.request(LIST, { b: brand.id });
        const created = await client.request(CREATE, {
          i: {
            brandId: brand.id,
            url: `${receiver.url}/role-${actor}`,
            eventTypes: ['post.created'],
          },
        });
        if (MANAGERS.includes(actor)) {
          expect(listed.errors).toBeUndefined();
          expect(created.errors).toBeUndefined();
        } else {
          expect(errorCode(listed)).toBe(refusal(actor));
          expect(errorCode(created)).toBe(refusal(actor));
        }
      },
    );

    it.each(BRAND_ACTORS)(
      'lets %s read the log, test, redeliver and delete only as the matrix says',
      async (actor) => {
        const client = clients.get(actor)!;
        const endpoint = await createEndpoint(`/owned-${actor}`, ['post.created']);
        const test = await lead.ok<{ sendTestWebhook: { id: string } }>(SEND_TEST, {
          e: endpoint.id,
        });
        const results = [
          await client.request(DELIVERIES, { e: endpoint.id }),
          await client.request(SEND_TEST, { e: endpoint.id }),
          await client.request(REDELIVER, { d: test.sendTestWebhook.id }),
          await client.request(DELETE, { e: endpoint.id }),
        ];
        const remaining = await factories.db.query<unknown[]>(
          'SELECT 1 FROM webhook_endpoints WHERE id = $1',
          [endpoint.id],
        );
        if (MANAGERS.includes(actor)) {
          for (const result of results) expect(result.errors).toBeUndefined();
          expect(remaining).toHaveLength(0);
        } else {
          // Those who cannot see the brand cannot tell a webhook exists; its readers are refused.
          for (const result of results) expect(errorCode(result)).toBe(refusal(actor));
          expect(remaining).toHaveLength(1);
        }
      },
    );
  });
});

describe('webhook targets on private networks (SSRF)', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;

  beforeAll(async () => {
    database = await createTestDatabase();
    // The default: WEBHOOK_ALLOW_PRIVATE_TARGETS is false.
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('refuses loopback, private, link-local and unique-local targets and stores nothing', async () => {
    const factories = new Factories(app);
    const { brand, clients } = await buildBrandActors(factories);
    const owner = clients.get('owner')!;
    for (const url of [
      'http://127.0.0.1:8080/hook',
      'http://localhost/hook',
      'http://10.1.2.3/hook',
      'http://192.168.1.10/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]/hook',
      'http://[fd00::1]/hook',
      'http://[::ffff:127.0.0.1]/hook',
    ]) {
      const result = await owner.request(CREATE, {
        i: { brandId: brand.id, url, eventTypes: ['post.created'] },
      });
      expect([url, errorCode(result)]).toEqual([url, 'VALIDATION']);
      expect(result.errors?.[0]?.message).toMatch(/private or local/);
    }
    const [{ n }] = await factories.db.query<[{ n: string }]>(
      'SELECT count(*) AS n FROM webhook_endpoints',
    );
    expect(Number(n)).toBe(0);
  });
});
