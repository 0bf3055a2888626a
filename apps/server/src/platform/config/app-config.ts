import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateEnvironment } from './environment.js';

export type DatabaseConfig =
  | {
      kind: 'postgres';
      url: string;
      /** How long a new connection may take before it fails (DATABASE_CONNECT_TIMEOUT_MS). */
      connectTimeoutMs?: number;
    }
  | { kind: 'pglite'; dataDir: string };

/** The S3-compatible bucket of post media (MEDIA_S3_*). */
export interface MediaS3Config {
  bucket: string;
  region: string;
  endpoint?: string;
  forcePathStyle: boolean;
  prefix?: string;
  /** Undefined uses the SDK's default credential chain. Never logged. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/** The server's typed configuration; built once from the environment at boot. */
export interface AppConfig {
  env: 'development' | 'production' | 'test';
  isProduction: boolean;
  version: string;
  http: {
    host: string;
    port: number;
    bodyLimitBytes: number;
    shutdownTimeoutMs: number;
    /** Express `trust proxy`: the proxies whose forwarded headers are believed. */
    trustedProxies: string[];
  };
  database: DatabaseConfig;
  /** Redis for work that spans instances; undefined runs everything in-process. */
  redisUrl?: string;
  /** Prefix of every Redis key, so deployments can share one Redis. */
  redisKeyPrefix: string;
  logLevel: string;
  /** Bearer token that /metrics requires; undefined answers /metrics with 404. */
  metricsToken?: string;
  /** The origin people open; links in emails and invitations start with it. */
  publicUrl: string;
  session: {
    idleMs: number;
    absoluteMs: number;
    /** `Secure` + `__Host-` prefix: on whenever PUBLIC_URL is https. */
    secureCookie: boolean;
    cookieName: string;
    /** The guest cookie of share links (`__Host-` prefixed with the session cookie). */
    guestCookieName: string;
  };
  invitations: { ttlMs: number };
  mail: { smtpUrl?: string; from: string };
  /** When the daily notification digest goes out (a cron expression, UTC). */
  notifications: { digestCron: string };
  /** Thinning of automatic versions (named, restore and approval versions are kept forever). */
  versionRetention: { keepAllHours: number; keepHourlyDays: number; cron: string | null };
  seedDemo: boolean;
  /** Folder of the built web app, served at `/`; undefined serves the API only. */
  webDist: string;
  /** The collaboration endpoint's per-connection limits and the browser origins it accepts. */
  collab: {
    presenceMaxBytes: number;
    presenceBytesPerSecond: number;
    maxSocketsPerUser: number;
    /** How long a document stays in memory after its last socket left (its writes stored). */
    unloadGraceMs: number;
    /** With Redis: how long a document's updates wait to go to the other instances as one. */
    fanoutCoalesceMs: number;
    /** PUBLIC_URL's origin, COLLAB_ALLOWED_ORIGINS, and Vite's dev origin outside production. */
    allowedOrigins: string[];
  };
  /** Outgoing webhooks (modules/integrations). */
  webhooks: {
    /** Allow targets on loopback and private networks (tests, on-premises tools); off by default (SSRF). */
    allowPrivateTargets: boolean;
    timeoutMs: number;
    /** Attempts after the first, through the job queue, the delay doubling from retryDelaySeconds. */
    retryLimit: number;
    retryDelaySeconds: number;
  };
  /**
   * Post media: the store (local disk under `dir`, or the `s3` bucket when MEDIA_STORE=s3)
   * and the size limits per kind.
   */
  media: {
    store: 'disk' | 's3';
    dir: string;
    s3?: MediaS3Config;
    maxImageBytes: number;
    maxVideoBytes: number;
  };
  graphql: {
    maxDepth: number;
    maxAliases: number;
    maxTokens: number;
    maxCost: number;
    /** Set only by the schema:emit script: where to write the sorted schema. */
    schemaFile?: string;
  };
}

/** Injection token for {@link AppConfig}. */
export const APP_CONFIG = Symbol('APP_CONFIG');

const here = fileURLToPath(new URL('.', import.meta.url));
/** apps/web/dist, seen from apps/server/{src,dist}/platform/config. */
const defaultWebDist = resolve(here, '../../../../web/dist');
const packageVersion = (
  JSON.parse(readFileSync(resolve(here, '../../../package.json'), 'utf8')) as { version: string }
).version;

const HOUR = 3_600_000;

function pgliteDir(value: string): string {
  if (value.startsWith('memory://')) return value;
  return isAbsolute(value) ? value : resolve(process.cwd(), value);
}

export function loadConfig(raw: Record<string, string | undefined> = process.env): AppConfig {
  const env = validateEnvironment(raw);
  const nodeEnv = env.NODE_ENV as AppConfig['env'];
  const publicUrl = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
  const secureCookie = publicUrl.startsWith('https:');
  return {
    env: nodeEnv,
    isProduction: nodeEnv === 'production',
    version: packageVersion,
    http: {
      host: env.HOST,
      port: env.PORT,
      bodyLimitBytes: env.HTTP_BODY_LIMIT_BYTES,
      shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
      trustedProxies: env.TRUSTED_PROXIES.split(',').map((entry) => entry.trim()),
    },
    database: env.DATABASE_URL
      ? {
          kind: 'postgres',
          url: env.DATABASE_URL,
          connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
        }
      : { kind: 'pglite', dataDir: pgliteDir(env.CHORUS_DATA_DIR) },
    redisUrl: env.REDIS_URL,
    redisKeyPrefix: env.REDIS_KEY_PREFIX,
    publicUrl,
    session: {
      idleMs: env.SESSION_IDLE_HOURS * HOUR,
      absoluteMs: env.SESSION_ABSOLUTE_HOURS * HOUR,
      secureCookie,
      cookieName: secureCookie ? '__Host-chorus_session' : 'chorus_session',
      guestCookieName: secureCookie ? '__Host-chorus_guest' : 'chorus_guest',
    },
    invitations: { ttlMs: env.INVITATION_TTL_HOURS * HOUR },
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM },
    notifications: { digestCron: env.NOTIFICATION_DIGEST_CRON.trim() },
    versionRetention: {
      keepAllHours: env.VERSION_KEEP_ALL_HOURS,
      keepHourlyDays: env.VERSION_KEEP_HOURLY_DAYS,
      cron: env.VERSION_RETENTION_CRON.trim() === 'off' ? null : env.VERSION_RETENTION_CRON.trim(),
    },
    seedDemo: env.CHORUS_SEED_DEMO === 'true',
    logLevel: env.LOG_LEVEL,
    metricsToken: env.METRICS_TOKEN,
    webDist: env.CHORUS_WEB_DIST ? resolve(env.CHORUS_WEB_DIST) : defaultWebDist,
    collab: {
      presenceMaxBytes: env.COLLAB_PRESENCE_MAX_BYTES,
      presenceBytesPerSecond: env.COLLAB_PRESENCE_BYTES_PER_SECOND,
      maxSocketsPerUser: env.COLLAB_MAX_SOCKETS_PER_USER,
      unloadGraceMs: env.COLLAB_UNLOAD_GRACE_MS,
      fanoutCoalesceMs: env.COLLAB_FANOUT_COALESCE_MS,
      allowedOrigins: collabOrigins(publicUrl, env.COLLAB_ALLOWED_ORIGINS, nodeEnv),
    },
    webhooks: {
      allowPrivateTargets: env.WEBHOOK_ALLOW_PRIVATE_TARGETS === 'true',
      timeoutMs: env.WEBHOOK_TIMEOUT_MS,
      retryLimit: env.WEBHOOK_RETRY_LIMIT,
      retryDelaySeconds: env.WEBHOOK_RETRY_DELAY_SECONDS,
    },
    media: {
      store: env.MEDIA_STORE as 'disk' | 's3',
      dir: mediaDir(env.MEDIA_DIR, env.CHORUS_DATA_DIR),
      s3:
        env.MEDIA_STORE === 's3' && env.MEDIA_S3_BUCKET
          ? {
              bucket: env.MEDIA_S3_BUCKET,
              region: env.MEDIA_S3_REGION,
              endpoint: env.MEDIA_S3_ENDPOINT,
              forcePathStyle: env.MEDIA_S3_FORCE_PATH_STYLE === 'true',
              prefix: env.MEDIA_S3_PREFIX,
              credentials:
                env.MEDIA_S3_ACCESS_KEY_ID && env.MEDIA_S3_SECRET_ACCESS_KEY
                  ? {
                      accessKeyId: env.MEDIA_S3_ACCESS_KEY_ID,
                      secretAccessKey: env.MEDIA_S3_SECRET_ACCESS_KEY,
                    }
                  : undefined,
            }
          : undefined,
      maxImageBytes: env.MEDIA_MAX_IMAGE_BYTES,
      maxVideoBytes: env.MEDIA_MAX_VIDEO_BYTES,
    },
    graphql: {
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxAliases: env.GRAPHQL_MAX_ALIASES,
      maxTokens: env.GRAPHQL_MAX_TOKENS,
      maxCost: env.GRAPHQL_MAX_COST,
    },
  };
}

/**
 * The local-disk media folder: MEDIA_DIR, else `media/` inside CHORUS_DATA_DIR; a throw-away
 * folder under the system's temporary folder when the data folder is memory://.
 */
function mediaDir(given: string | undefined, dataDir: string): string {
  if (given) return resolve(given);
  if (dataDir.startsWith('memory://')) return join(tmpdir(), `chorus-media-${process.pid}`);
  return join(pgliteDir(dataDir), 'media');
}

/** The browser origins the collaboration endpoint accepts (`pnpm dev` serves the web app from Vite). */
function collabOrigins(publicUrl: string, list: string, env: AppConfig['env']): string[] {
  const extra = list
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
    .map((origin) => new URL(origin).origin);
  const dev = env === 'production' ? [] : ['http://localhost:5173', 'http://127.0.0.1:5173'];
  return [...new Set([new URL(publicUrl).origin, ...extra, ...dev])];
}
