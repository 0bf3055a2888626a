import { jest } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { AppError } from './app-error.js';
import { formatGraphQLError } from './format-error.js';

function recordingLogger(): {
  calls: Array<Record<string, unknown>>;
  error: jest.Mock<(object: Record<string, unknown>) => number>;
} {
  const calls: Array<Record<string, unknown>> = [];
  return { calls, error: jest.fn((object: Record<string, unknown>) => calls.push(object)) };
}

describe('formatGraphQLError', () => {
  it('keeps the code, message and field of a catalogued error thrown in a resolver', () => {
    const appError = AppError.validation('email', 'Enter a valid email address.');
    const located = new GraphQLError(appError.message, {
      originalError: appError,
      path: ['signUp'],
    });
    const logger = recordingLogger();
    const result = formatGraphQLError(located.toJSON(), located, logger);
    expect(result).toEqual({
      message: 'Enter a valid email address.',
      path: ['signUp'],
      extensions: { code: 'VALIDATION', field: 'email' },
    });
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('hides an unexpected error behind "Internal server error" and logs its stack', () => {
    const boom = new Error('connection to 10.0.0.7 refused; password=hunter2');
    const located = new GraphQLError(boom.message, { originalError: boom, path: ['health'] });
    const logger = recordingLogger();
    const result = formatGraphQLError(located.toJSON(), located, logger);
    expect(result).toEqual({
      message: 'Internal server error',
      path: ['health'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(result)).not.toContain('hunter2');
    expect(logger.calls[0]?.err).toMatchObject({ message: boom.message, stack: boom.stack });
  });

  it('passes request errors from Apollo through without any stack trace', () => {
    const formatted = {
      message: 'Syntax Error: Expected Name, found <EOF>.',
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'GRAPHQL_PARSE_FAILED', stacktrace: ['at parse (graphql.js:1)'] },
    };
    const result = formatGraphQLError(
      formatted,
      new GraphQLError(formatted.message),
      recordingLogger(),
    );
    expect(result.extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
    expect(result.message).toBe(formatted.message);
  });
});
