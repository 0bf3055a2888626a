import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../../src/bootstrap.js';
import {
  loadConfig,
  type AppConfig,
  type DatabaseConfig,
} from '../../src/platform/config/index.js';
import { createRootLogger } from '../../src/platform/logging/index.js';

export interface TestAppOptions {
  database: DatabaseConfig;
  env?: Record<string, string>;
  webDist?: string;
}

/** The METRICS_TOKEN every test server has; send it as `Authorization: Bearer …` to /metrics. */
export const TEST_METRICS_TOKEN = 'test-metrics-token-0123456789';

/** Builds the config a test server runs with: defaults plus the given overrides. */
export function buildTestConfig(options: TestAppOptions): AppConfig {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    CHORUS_WEB_DIST: options.webDist ?? '/nonexistent-web-dist',
    METRICS_TOKEN: TEST_METRICS_TOKEN,
    ...options.env,
  });
  return { ...config, database: options.database };
}

/** Boots the real application (same bootstrap as main.ts), initialised but not listening. */
export async function createTestApp(options: TestAppOptions): Promise<NestExpressApplication> {
  const config = buildTestConfig(options);
  const app = await createApp(config, createRootLogger(config.logLevel));
  await app.init();
  return app;
}
