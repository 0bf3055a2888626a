import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../bootstrap.js';
import { loadConfig } from '../platform/config/index.js';
import { createRootLogger } from '../platform/logging/index.js';

/**
 * Writes the code-first schema, sorted, to apps/server/schema.gql (or the path
 * given as the first argument). Boots the app on a throw-away database.
 */
const target =
  process.argv[2] ?? resolve(fileURLToPath(new URL('.', import.meta.url)), '../../schema.gql');
const config = loadConfig({
  NODE_ENV: 'development',
  CHORUS_DATA_DIR: 'memory://',
  LOG_LEVEL: 'warn',
});
config.graphql.schemaFile = resolve(target);
const app = await createApp(config, createRootLogger('warn'));
await app.init();
await app.close();
console.log(`schema written to ${resolve(target)}`);
