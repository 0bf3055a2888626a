// The deployment files, checked without Docker or a cluster (neither runs in CI): the
// Kubernetes manifests under infra/k8s, docker-compose.scale.yml and the nginx configuration
// parse, and hold what a scaled-out Chorus needs — two replicas of the image, probes on
// /readyz and /healthz, the settings it reads, ports that line up, WebSocket upgrades.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseAllDocuments, parse } from 'yaml';
import { root } from './lib.mjs';

const k8sDir = join(root, 'infra/k8s');
const read = (path) => readFileSync(join(root, path), 'utf8');

/** Every document of every manifest, failing on any YAML error. */
function manifests() {
  const documents = [];
  for (const file of readdirSync(k8sDir).filter((name) => name.endsWith('.yaml'))) {
    for (const document of parseAllDocuments(readFileSync(join(k8sDir, file), 'utf8'))) {
      assert.deepEqual(document.errors, [], `${file}: ${document.errors.join('; ')}`);
      documents.push({ file, ...document.toJS() });
    }
  }
  return documents;
}

/** The variables .env.example documents (commented or not). */
const documented = new Set(
  [...read('.env.example').matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1]),
);

test('every manifest is valid YAML with a kind, an apiVersion and a name, and kustomization lists them all', () => {
  const all = manifests();
  const kustomization = all.find((m) => m.kind === 'Kustomization');
  assert.ok(kustomization);
  const files = new Set(all.map((m) => m.file));
  files.delete('kustomization.yaml');
  assert.deepEqual(new Set(kustomization.resources), files);
  for (const m of all.filter((x) => x.kind !== 'Kustomization')) {
    assert.ok(m.apiVersion, `${m.file}: apiVersion`);
    assert.match(m.metadata?.name ?? '', /^[a-z0-9-]+$/, `${m.file}: metadata.name`);
  }
});

test('Chorus runs as two replicas of the image, probed on /readyz and /healthz, one pod at a time', () => {
  const all = manifests();
  const deployment = all.find((m) => m.kind === 'Deployment' && m.metadata.name === 'chorus');
  assert.equal(deployment.spec.replicas, 2);
  assert.equal(deployment.spec.strategy.rollingUpdate.maxUnavailable, 0);
  assert.deepEqual(deployment.spec.selector.matchLabels, deployment.spec.template.metadata.labels);
  const [container] = deployment.spec.template.spec.containers;
  assert.match(container.image, /chorus:/);
  const port = container.ports.find((p) => p.name === 'http');
  assert.equal(port.containerPort, 3000);
  assert.equal(container.readinessProbe.httpGet.path, '/readyz');
  assert.equal(container.startupProbe.httpGet.path, '/readyz');
  assert.equal(container.livenessProbe.httpGet.path, '/healthz');
  for (const probe of ['readinessProbe', 'startupProbe', 'livenessProbe']) {
    assert.equal(container[probe].httpGet.port, 'http');
  }
  // Longer than the server's own shutdown budget, so SIGKILL never cuts a clean stop.
  const config = all.find((m) => m.kind === 'ConfigMap' && m.metadata.name === 'chorus');
  const budget = Number(config.data.SHUTDOWN_TIMEOUT_MS) / 1000 + 5;
  assert.ok(deployment.spec.template.spec.terminationGracePeriodSeconds > budget);
  const pdb = all.find((m) => m.kind === 'PodDisruptionBudget');
  assert.equal(pdb.spec.minAvailable, 1);
});

test('Chorus gets PostgreSQL, Redis and its settings, every one documented in .env.example', () => {
  const all = manifests();
  const deployment = all.find((m) => m.kind === 'Deployment' && m.metadata.name === 'chorus');
  const [container] = deployment.spec.template.spec.containers;
  const secret = all.find((m) => m.kind === 'Secret' && m.metadata.name === 'chorus');
  const config = all.find((m) => m.kind === 'ConfigMap' && m.metadata.name === 'chorus');
  assert.deepEqual(
    container.envFrom.map((source) => source.configMapRef.name),
    [config.metadata.name],
  );
  const names = [...container.env.map((e) => e.name), ...Object.keys(config.data)];
  for (const needed of ['DATABASE_URL', 'REDIS_URL', 'PUBLIC_URL', 'TRUSTED_PROXIES', 'HOST']) {
    assert.ok(names.includes(needed), needed);
  }
  for (const name of names) assert.ok(documented.has(name), `${name} is not in .env.example`);
  for (const e of container.env.filter((x) => x.valueFrom)) {
    const { name, key } = e.valueFrom.secretKeyRef;
    assert.equal(name, secret.metadata.name);
    assert.ok(key in secret.stringData, `the Secret has no ${key}`);
  }
  const url = new URL(secret.stringData.DATABASE_URL);
  const postgres = all.find((m) => m.kind === 'Service' && m.metadata.name === url.hostname);
  assert.equal(postgres.spec.ports[0].port, Number(url.port));
  const redis = new URL(secret.stringData.REDIS_URL);
  const redisService = all.find((m) => m.kind === 'Service' && m.metadata.name === redis.hostname);
  assert.equal(redisService.spec.ports[0].port, Number(redis.port));
});

test('the Service and the Ingress reach the Chorus port', () => {
  const all = manifests();
  const service = all.find((m) => m.kind === 'Service' && m.metadata.name === 'chorus');
  assert.deepEqual(service.spec.selector, { app: 'chorus' });
  assert.equal(service.spec.ports[0].targetPort, 'http');
  const ingress = all.find((m) => m.kind === 'Ingress');
  const backend = ingress.spec.rules[0].http.paths[0].backend.service;
  assert.equal(backend.name, 'chorus');
  assert.equal(backend.port.name, service.spec.ports[0].name);
  // WebSockets stay open for an hour; live streams are not buffered.
  assert.equal(
    ingress.metadata.annotations['nginx.ingress.kubernetes.io/proxy-read-timeout'],
    '3600',
  );
  assert.equal(ingress.metadata.annotations['nginx.ingress.kubernetes.io/proxy-buffering'], 'off');
});

test('docker-compose.scale.yml: PostgreSQL, Redis, two Chorus instances and nginx, each with a health check', () => {
  const compose = parse(read('docker-compose.scale.yml'), { merge: true });
  const services = compose.services;
  assert.deepEqual(Object.keys(services).sort(), [
    'chorus-1',
    'chorus-2',
    'nginx',
    'postgres',
    'redis',
  ]);
  for (const [name, service] of Object.entries(services)) {
    assert.ok(service.healthcheck?.test, `${name} has no health check`);
  }
  for (const name of ['chorus-1', 'chorus-2']) {
    const chorus = services[name];
    assert.equal(chorus.build.dockerfile, 'infra/Dockerfile');
    assert.match(chorus.healthcheck.test.join(' '), /\/readyz/);
    assert.match(chorus.environment.DATABASE_URL, /@postgres:5432\//);
    assert.equal(chorus.environment.REDIS_URL, 'redis://redis:6379');
    for (const variable of Object.keys(chorus.environment)) {
      assert.ok(documented.has(variable), `${variable} is not in .env.example`);
    }
    assert.deepEqual(chorus.volumes, ['chorus-data:/data']);
  }
  assert.equal(services.nginx.depends_on['chorus-1'].condition, 'service_healthy');
  assert.equal(services.nginx.depends_on['chorus-2'].condition, 'service_healthy');
  assert.ok(
    services.nginx.volumes.includes('./infra/nginx/chorus.conf:/etc/nginx/conf.d/default.conf:ro'),
  );
});

test('nginx sends every instance round-robin traffic and upgrades WebSockets', () => {
  const conf = read('infra/nginx/chorus.conf');
  const upstream = /upstream chorus \{([^}]*)\}/.exec(conf)?.[1] ?? '';
  assert.deepEqual(
    [...upstream.matchAll(/^\s*server (\S+)/gm)].map((m) => m[1]),
    ['chorus-1:3000', 'chorus-2:3000'],
  );
  assert.doesNotMatch(upstream, /ip_hash|hash |sticky/);
  assert.match(conf, /proxy_set_header Upgrade \$http_upgrade;/);
  assert.match(conf, /proxy_set_header Connection \$connection_upgrade;/);
  assert.match(conf, /proxy_set_header Host \$http_host;/);
  assert.match(conf, /location \/api\/live\/ \{[^}]*proxy_buffering off;/);
  assert.match(conf, /proxy_http_version 1\.1;/);
});
