export { AppError, notFoundAs } from './app-error.js';
export { ErrorCode, REQUEST_ERROR_CODES } from './error-codes.js';
export { formatGraphQLError, type ErrorLogger } from './format-error.js';
export { GraphQLPassThroughFilter } from './graphql-exception.filter.js';
