// Longer than the house's ~400 lines on purpose: one validated class holds every environment
// variable with its range and its error message, read top to bottom as the reference that
// .env.example mirrors; splitting it by topic would hide which names exist.
import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  validateSync,
  type ValidationError,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : value;
const emptyToUndefined = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/**
 * Every environment variable the server reads, with its expected form.
 * `.env.example` documents each one in one line; keep the two together.
 */
export class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'], {
    message: 'NODE_ENV must be one of: development, production, test',
  })
  NODE_ENV = 'development';

  @Transform(toInt)
  @IsInt({ message: 'PORT must be an integer between 0 and 65535' })
  @Min(0, { message: 'PORT must be an integer between 0 and 65535' })
  @Max(65535, { message: 'PORT must be an integer between 0 and 65535' })
  PORT = 3000;

  @IsString()
  @Matches(/^[0-9a-fA-F:.]+$|^localhost$/, {
    message: 'HOST must be an IP address or "localhost", e.g. 0.0.0.0 or 127.0.0.1',
  })
  HOST = '127.0.0.1';

  @IsIn(['true', 'false'], { message: 'CHORUS_ALLOW_PUBLIC_DEMO must be true or false' })
  CHORUS_ALLOW_PUBLIC_DEMO = 'false';

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, {
    message: 'DATABASE_URL must be a PostgreSQL URL such as postgres://user:pass@host:5432/db',
  })
  DATABASE_URL?: string;

  @Transform(toInt)
  @IsInt({ message: 'DATABASE_CONNECT_TIMEOUT_MS must be an integer between 500 and 120000' })
  @Min(500, { message: 'DATABASE_CONNECT_TIMEOUT_MS must be an integer between 500 and 120000' })
  @Max(120000, {
    message: 'DATABASE_CONNECT_TIMEOUT_MS must be an integer between 500 and 120000',
  })
  DATABASE_CONNECT_TIMEOUT_MS = 10000;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, {
    message: 'REDIS_URL must be a Redis URL such as redis://host:6379',
  })
  REDIS_URL?: string;

  @Matches(/^[A-Za-z0-9:_-]{1,40}$/, {
    message: 'REDIS_KEY_PREFIX must be 1-40 letters, digits, ":", "_" or "-"',
  })
  REDIS_KEY_PREFIX = 'chorus:';

  @IsString({ message: 'CHORUS_DATA_DIR must be a folder path or memory://' })
  CHORUS_DATA_DIR = './.chorus';

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString({ message: 'CHORUS_WEB_DIST must be the path of the built web app folder' })
  CHORUS_WEB_DIST?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^https?:\/\/[^/\s]+$/, {
    message:
      'PUBLIC_URL must be the origin people open, such as https://chorus.example.com (no path)',
  })
  PUBLIC_URL?: string;

  @Transform(toInt)
  @IsInt({ message: 'SESSION_IDLE_HOURS must be an integer between 1 and 8760' })
  @Min(1, { message: 'SESSION_IDLE_HOURS must be an integer between 1 and 8760' })
  @Max(8760, { message: 'SESSION_IDLE_HOURS must be an integer between 1 and 8760' })
  SESSION_IDLE_HOURS = 168;

  @Transform(toInt)
  @IsInt({ message: 'SESSION_ABSOLUTE_HOURS must be an integer between 1 and 8760' })
  @Min(1, { message: 'SESSION_ABSOLUTE_HOURS must be an integer between 1 and 8760' })
  @Max(8760, { message: 'SESSION_ABSOLUTE_HOURS must be an integer between 1 and 8760' })
  SESSION_ABSOLUTE_HOURS = 720;

  @Transform(toInt)
  @IsInt({ message: 'INVITATION_TTL_HOURS must be an integer between 1 and 2160' })
  @Min(1, { message: 'INVITATION_TTL_HOURS must be an integer between 1 and 2160' })
  @Max(2160, { message: 'INVITATION_TTL_HOURS must be an integer between 1 and 2160' })
  INVITATION_TTL_HOURS = 168;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, {
    message: 'SMTP_URL must be an SMTP URL such as smtps://user:pass@smtp.example.com:465',
  })
  SMTP_URL?: string;

  @IsString()
  @Matches(/^.+@.+$|^.*<.+@.+>$/, {
    message: 'MAIL_FROM must be an address such as "Chorus <chorus@example.com>"',
  })
  MAIL_FROM = 'Chorus <chorus@localhost>';

  /** Five cron fields (minute hour day month weekday), UTC. */
  @IsString()
  @Matches(/^\s*(\S+\s+){4}\S+\s*$/, {
    message: 'NOTIFICATION_DIGEST_CRON must be a cron expression of five fields, e.g. "0 7 * * *"',
  })
  NOTIFICATION_DIGEST_CRON = '0 7 * * *';

  /** Automatic versions younger than this many hours are all kept (0–8760). */
  @Transform(toInt)
  @IsInt({ message: 'VERSION_KEEP_ALL_HOURS must be an integer between 0 and 8760' })
  @Min(0, { message: 'VERSION_KEEP_ALL_HOURS must be an integer between 0 and 8760' })
  @Max(8760, { message: 'VERSION_KEEP_ALL_HOURS must be an integer between 0 and 8760' })
  VERSION_KEEP_ALL_HOURS = 24;

  /** Then one automatic version an hour up to this many days old, one a day after (0–3650). */
  @Transform(toInt)
  @IsInt({ message: 'VERSION_KEEP_HOURLY_DAYS must be an integer between 0 and 3650' })
  @Min(0, { message: 'VERSION_KEEP_HOURLY_DAYS must be an integer between 0 and 3650' })
  @Max(3650, { message: 'VERSION_KEEP_HOURLY_DAYS must be an integer between 0 and 3650' })
  VERSION_KEEP_HOURLY_DAYS = 30;

  /** When automatic versions are thinned: a cron expression of five fields (UTC), or "off". */
  @IsString()
  @Matches(/^\s*off\s*$|^\s*(\S+\s+){4}\S+\s*$/, {
    message:
      'VERSION_RETENTION_CRON must be "off" or a cron expression of five fields, e.g. "23 * * * *"',
  })
  VERSION_RETENTION_CRON = '23 * * * *';

  @IsIn(['true', 'false'], { message: 'CHORUS_SEED_DEMO must be true or false' })
  CHORUS_SEED_DEMO = 'true';

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[A-Za-z0-9._~+/=-]{16,200}$/, {
    message: 'METRICS_TOKEN must be 16-200 letters, digits or ._~+/=- (e.g. openssl rand -hex 32)',
  })
  METRICS_TOKEN?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'LOG_LEVEL must be one of: fatal, error, warn, info, debug, trace, silent',
  })
  LOG_LEVEL = 'info';

  @Transform(toInt)
  @IsInt({ message: 'GRAPHQL_MAX_DEPTH must be an integer between 2 and 50' })
  @Min(2, { message: 'GRAPHQL_MAX_DEPTH must be an integer between 2 and 50' })
  @Max(50, { message: 'GRAPHQL_MAX_DEPTH must be an integer between 2 and 50' })
  GRAPHQL_MAX_DEPTH = 10;

  @Transform(toInt)
  @IsInt({ message: 'GRAPHQL_MAX_ALIASES must be an integer between 1 and 100' })
  @Min(1, { message: 'GRAPHQL_MAX_ALIASES must be an integer between 1 and 100' })
  @Max(100, { message: 'GRAPHQL_MAX_ALIASES must be an integer between 1 and 100' })
  GRAPHQL_MAX_ALIASES = 15;

  @Transform(toInt)
  @IsInt({ message: 'GRAPHQL_MAX_TOKENS must be an integer between 100 and 100000' })
  @Min(100, { message: 'GRAPHQL_MAX_TOKENS must be an integer between 100 and 100000' })
  @Max(100000, { message: 'GRAPHQL_MAX_TOKENS must be an integer between 100 and 100000' })
  GRAPHQL_MAX_TOKENS = 3000;

  @Transform(toInt)
  @IsInt({ message: 'GRAPHQL_MAX_COST must be an integer between 10 and 1000000' })
  @Min(10, { message: 'GRAPHQL_MAX_COST must be an integer between 10 and 1000000' })
  @Max(1000000, { message: 'GRAPHQL_MAX_COST must be an integer between 10 and 1000000' })
  GRAPHQL_MAX_COST = 5000;

  @Transform(toInt)
  @IsInt({ message: 'HTTP_BODY_LIMIT_BYTES must be an integer between 1024 and 10485760' })
  @Min(1024, { message: 'HTTP_BODY_LIMIT_BYTES must be an integer between 1024 and 10485760' })
  @Max(10485760, { message: 'HTTP_BODY_LIMIT_BYTES must be an integer between 1024 and 10485760' })
  HTTP_BODY_LIMIT_BYTES = 102400;

  @Transform(toInt)
  @IsInt({ message: 'SHUTDOWN_TIMEOUT_MS must be an integer between 100 and 120000' })
  @Min(100, { message: 'SHUTDOWN_TIMEOUT_MS must be an integer between 100 and 120000' })
  @Max(120000, { message: 'SHUTDOWN_TIMEOUT_MS must be an integer between 100 and 120000' })
  SHUTDOWN_TIMEOUT_MS = 10000;

  // Whose X-Forwarded-For / -Proto to believe: loopback, linklocal, uniquelocal, addresses or
  // CIDR ranges, comma-separated (a proxy in another container: its network's range).
  @Matches(
    /^\s*(loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d{1,3})?)\s*(,\s*(loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d{1,3})?)\s*)*$/,
    {
      message:
        'TRUSTED_PROXIES must be loopback, linklocal, uniquelocal or IP addresses/CIDR ranges, comma-separated',
    },
  )
  TRUSTED_PROXIES = 'loopback';

  // Post media (uploads): where the files live and how large each kind may be.
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString({ message: 'MEDIA_DIR must be a folder path' })
  MEDIA_DIR?: string;

  @Transform(toInt)
  @IsInt({ message: 'MEDIA_MAX_IMAGE_BYTES must be an integer between 1024 and 104857600' })
  @Min(1024, { message: 'MEDIA_MAX_IMAGE_BYTES must be an integer between 1024 and 104857600' })
  @Max(104857600, {
    message: 'MEDIA_MAX_IMAGE_BYTES must be an integer between 1024 and 104857600',
  })
  MEDIA_MAX_IMAGE_BYTES = 10485760;

  @Transform(toInt)
  @IsInt({ message: 'MEDIA_MAX_VIDEO_BYTES must be an integer between 1024 and 4294967296' })
  @Min(1024, { message: 'MEDIA_MAX_VIDEO_BYTES must be an integer between 1024 and 4294967296' })
  @Max(4294967296, {
    message: 'MEDIA_MAX_VIDEO_BYTES must be an integer between 1024 and 4294967296',
  })
  MEDIA_MAX_VIDEO_BYTES = 209715200;

  // Where the media files live: the local disk (MEDIA_DIR) or an S3-compatible bucket.
  @IsIn(['disk', 's3'], { message: 'MEDIA_STORE must be one of: disk, s3' })
  MEDIA_STORE = 'disk';

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, {
    message: 'MEDIA_S3_BUCKET must be a bucket name: 3-63 lowercase letters, digits, "." or "-"',
  })
  MEDIA_S3_BUCKET?: string;

  @Matches(/^[a-z0-9-]{2,40}$/, {
    message: 'MEDIA_S3_REGION must be a region name such as us-east-1 (lowercase, digits, "-")',
  })
  MEDIA_S3_REGION = 'us-east-1';

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^https?:\/\/[^/\s]+\/?$/, {
    message:
      "MEDIA_S3_ENDPOINT must be the server's URL such as https://minio.example.com:9000 (no path)",
  })
  MEDIA_S3_ENDPOINT?: string;

  @IsIn(['true', 'false'], { message: 'MEDIA_S3_FORCE_PATH_STYLE must be true or false' })
  MEDIA_S3_FORCE_PATH_STYLE = 'false';

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^(?!.*(^|\/)\.\.?(\/|$))[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/, {
    message:
      'MEDIA_S3_PREFIX must be a folder inside the bucket such as chorus/media (letters, digits, "_", "-", "." and "/" between parts)',
  })
  MEDIA_S3_PREFIX?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^\S{1,128}$/, { message: 'MEDIA_S3_ACCESS_KEY_ID must be an access key id' })
  MEDIA_S3_ACCESS_KEY_ID?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^\S{1,256}$/, {
    message: 'MEDIA_S3_SECRET_ACCESS_KEY must be a secret access key (no spaces)',
  })
  MEDIA_S3_SECRET_ACCESS_KEY?: string;

  // Collaboration endpoint (/collab): presence caps, sockets per user, allowed browser origins.
  @Transform(toInt)
  @IsInt({ message: 'COLLAB_PRESENCE_MAX_BYTES must be an integer between 256 and 65536' })
  @Min(256, { message: 'COLLAB_PRESENCE_MAX_BYTES must be an integer between 256 and 65536' })
  @Max(65536, { message: 'COLLAB_PRESENCE_MAX_BYTES must be an integer between 256 and 65536' })
  COLLAB_PRESENCE_MAX_BYTES = 4096;

  @Transform(toInt)
  @IsInt({
    message: 'COLLAB_PRESENCE_BYTES_PER_SECOND must be an integer between 1024 and 1048576',
  })
  @Min(1024, {
    message: 'COLLAB_PRESENCE_BYTES_PER_SECOND must be an integer between 1024 and 1048576',
  })
  @Max(1048576, {
    message: 'COLLAB_PRESENCE_BYTES_PER_SECOND must be an integer between 1024 and 1048576',
  })
  COLLAB_PRESENCE_BYTES_PER_SECOND = 16384;

  @Transform(toInt)
  @IsInt({ message: 'COLLAB_MAX_SOCKETS_PER_USER must be an integer between 1 and 10000' })
  @Min(1, { message: 'COLLAB_MAX_SOCKETS_PER_USER must be an integer between 1 and 10000' })
  @Max(10000, { message: 'COLLAB_MAX_SOCKETS_PER_USER must be an integer between 1 and 10000' })
  COLLAB_MAX_SOCKETS_PER_USER = 50;

  @Transform(toInt)
  @IsInt({ message: 'COLLAB_UNLOAD_GRACE_MS must be an integer between 0 and 600000' })
  @Min(0, { message: 'COLLAB_UNLOAD_GRACE_MS must be an integer between 0 and 600000' })
  @Max(600000, { message: 'COLLAB_UNLOAD_GRACE_MS must be an integer between 0 and 600000' })
  COLLAB_UNLOAD_GRACE_MS = 2000;

  @Transform(toInt)
  @IsInt({ message: 'COLLAB_FANOUT_COALESCE_MS must be an integer between 0 and 1000' })
  @Min(0, { message: 'COLLAB_FANOUT_COALESCE_MS must be an integer between 0 and 1000' })
  @Max(1000, { message: 'COLLAB_FANOUT_COALESCE_MS must be an integer between 0 and 1000' })
  COLLAB_FANOUT_COALESCE_MS = 5;

  @Matches(/^$|^https?:\/\/[^/\s,]+(\s*,\s*https?:\/\/[^/\s,]+)*$/, {
    message:
      'COLLAB_ALLOWED_ORIGINS must be a comma-separated list of origins such as https://app.example.com (no paths)',
  })
  COLLAB_ALLOWED_ORIGINS = '';

  // Outgoing webhooks: private targets (SSRF), request timeout, retries through the job queue.
  @IsIn(['true', 'false'], { message: 'WEBHOOK_ALLOW_PRIVATE_TARGETS must be true or false' })
  WEBHOOK_ALLOW_PRIVATE_TARGETS = 'false';

  @Transform(toInt)
  @IsInt({ message: 'WEBHOOK_TIMEOUT_MS must be an integer between 500 and 60000' })
  @Min(500, { message: 'WEBHOOK_TIMEOUT_MS must be an integer between 500 and 60000' })
  @Max(60000, { message: 'WEBHOOK_TIMEOUT_MS must be an integer between 500 and 60000' })
  WEBHOOK_TIMEOUT_MS = 10000;

  @Transform(toInt)
  @IsInt({ message: 'WEBHOOK_RETRY_LIMIT must be an integer between 0 and 20' })
  @Min(0, { message: 'WEBHOOK_RETRY_LIMIT must be an integer between 0 and 20' })
  @Max(20, { message: 'WEBHOOK_RETRY_LIMIT must be an integer between 0 and 20' })
  WEBHOOK_RETRY_LIMIT = 6;

  @Transform(toInt)
  @IsInt({ message: 'WEBHOOK_RETRY_DELAY_SECONDS must be an integer between 1 and 3600' })
  @Min(1, { message: 'WEBHOOK_RETRY_DELAY_SECONDS must be an integer between 1 and 3600' })
  @Max(3600, { message: 'WEBHOOK_RETRY_DELAY_SECONDS must be an integer between 1 and 3600' })
  WEBHOOK_RETRY_DELAY_SECONDS = 30;
}

/** Thrown at boot when the environment is invalid; lists every problem at once. */
export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'InvalidEnvironmentError';
  }
}

function describe(errors: ValidationError[]): string[] {
  return errors.flatMap((error) => Object.values(error.constraints ?? {}));
}

const OPTIONAL_KEYS = [
  'DATABASE_URL',
  'REDIS_URL',
  'CHORUS_WEB_DIST',
  'PUBLIC_URL',
  'SMTP_URL',
  'METRICS_TOKEN',
  'MEDIA_DIR',
  'MEDIA_S3_BUCKET',
  'MEDIA_S3_ENDPOINT',
  'MEDIA_S3_PREFIX',
  'MEDIA_S3_ACCESS_KEY_ID',
  'MEDIA_S3_SECRET_ACCESS_KEY',
];

/** Validates the raw environment and returns the typed variables, or throws with all problems. */
export function validateEnvironment(raw: Record<string, string | undefined>): EnvironmentVariables {
  const known = Object.keys(new EnvironmentVariables());
  const picked: Record<string, string> = {};
  for (const key of [...known, ...OPTIONAL_KEYS]) {
    const value = raw[key];
    if (value !== undefined) picked[key] = value;
  }
  const env = plainToInstance(EnvironmentVariables, picked);
  const problems = describe(validateSync(env, { skipMissingProperties: false }));
  if (env.NODE_ENV === 'production' && env.PUBLIC_URL && isInsecureRemote(env.PUBLIC_URL)) {
    problems.push(
      'PUBLIC_URL must use https in production (plain http is allowed only for localhost)',
    );
  }
  if (
    env.CHORUS_SEED_DEMO === 'true' &&
    env.CHORUS_ALLOW_PUBLIC_DEMO !== 'true' &&
    typeof env.HOST === 'string' &&
    !isLoopbackHost(env.HOST)
  ) {
    problems.push(
      `HOST=${env.HOST} would publish the demo accounts (one public password) to the network: ` +
        'set CHORUS_SEED_DEMO=false, or HOST=127.0.0.1, or CHORUS_ALLOW_PUBLIC_DEMO=true if you mean it',
    );
  }
  problems.push(...mediaStoreProblems(env));
  if (problems.length > 0) throw new InvalidEnvironmentError([...new Set(problems)]);
  return env;
}

/** The S3 settings that only make sense together (never quoting a secret). */
function mediaStoreProblems(env: EnvironmentVariables): string[] {
  const problems: string[] = [];
  if (env.MEDIA_STORE === 's3' && !env.MEDIA_S3_BUCKET) {
    problems.push('MEDIA_S3_BUCKET must be set when MEDIA_STORE=s3');
  }
  if (!env.MEDIA_S3_ACCESS_KEY_ID !== !env.MEDIA_S3_SECRET_ACCESS_KEY) {
    problems.push(
      "MEDIA_S3_ACCESS_KEY_ID and MEDIA_S3_SECRET_ACCESS_KEY must be set together (or neither, for the SDK's default credentials)",
    );
  }
  return problems;
}

function isInsecureRemote(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(hostname);
}

/** Addresses only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
