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
  HOST = '0.0.0.0';

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, {
    message: 'DATABASE_URL must be a PostgreSQL URL such as postgres://user:pass@host:5432/db',
  })
  DATABASE_URL?: string;

  @IsString({ message: 'CHORUS_DATA_DIR must be a folder path or memory://' })
  CHORUS_DATA_DIR = './.chorus';

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString({ message: 'CHORUS_WEB_DIST must be the path of the built web app folder' })
  CHORUS_WEB_DIST?: string;

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

/** Validates the raw environment and returns the typed variables, or throws with all problems. */
export function validateEnvironment(raw: Record<string, string | undefined>): EnvironmentVariables {
  const known = Object.keys(new EnvironmentVariables());
  const picked: Record<string, string> = {};
  for (const key of [...known, 'DATABASE_URL', 'CHORUS_WEB_DIST']) {
    const value = raw[key];
    if (value !== undefined) picked[key] = value;
  }
  const env = plainToInstance(EnvironmentVariables, picked);
  const problems = describe(validateSync(env, { skipMissingProperties: false }));
  if (problems.length > 0) throw new InvalidEnvironmentError([...new Set(problems)]);
  return env;
}
