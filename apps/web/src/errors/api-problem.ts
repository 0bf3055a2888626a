import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The error codes the server answers in `extensions.code`, plus NETWORK for no answer at all. */
export type ProblemCode =
  | 'UNAUTHENTICATED'
  | 'INVALID_CREDENTIALS'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'VALIDATION'
  | 'CONFLICT'
  | 'LAST_OWNER'
  | 'INVITATION_INVALID'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK';

const knownCodes = new Set<string>([
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION',
  'CONFLICT',
  'LAST_OWNER',
  'INVITATION_INVALID',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
]);

/**
 * What went wrong with a request, as the server's error catalogue describes it. The server's
 * English `message` is kept for logs only; people see a translation chosen from the code and
 * its details (see `useProblemMessage`).
 */
export interface ApiProblem {
  code: ProblemCode;
  /** VALIDATION and CONFLICT: the input field at fault. */
  field?: string;
  /** VALIDATION: which rule it broke (password rules; control_characters, bidi_controls, invisible). */
  rule?: string;
  /** INVITATION_INVALID: unknown, accepted, expired or revoked. */
  reason?: string;
  /** RATE_LIMITED: how long to wait. */
  retryAfterSeconds?: number;
  message: string;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Reads the first GraphQL error of a failed request; anything else is a network problem. */
export function readProblem(error: unknown): ApiProblem {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = first?.extensions ?? {};
    const code = text(extensions.code);
    const retry = extensions.retryAfterSeconds;
    return {
      code: code && knownCodes.has(code) ? (code as ProblemCode) : 'INTERNAL_SERVER_ERROR',
      field: text(extensions.field),
      rule: text(extensions.rule),
      reason: text(extensions.reason),
      retryAfterSeconds: typeof retry === 'number' && retry >= 0 ? retry : undefined,
      message: first?.message ?? error.message,
    };
  }
  return {
    code: 'NETWORK',
    message: error instanceof Error ? error.message : String(error),
  };
}

/** Whether a failed request was refused because nobody is signed in. */
export function isUnauthenticated(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((graphQLError) => graphQLError.extensions?.code === 'UNAUTHENTICATED')
  );
}
