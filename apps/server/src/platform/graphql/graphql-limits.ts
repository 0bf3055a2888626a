import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { AppConfig } from '../config/index.js';
import { fieldRepeatsRule } from './graphql-field-repeats.js';

/**
 * Reports a refusal as an ordinary validation error (GRAPHQL_VALIDATION_FAILED;
 * the HTTP status follows graphql-http-status.ts) with our own wording.
 */
function refuseWith(message: string) {
  return {
    exposeLimits: false,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null) => {
        const error = new GraphQLError(message);
        if (!context) throw error;
        context.reportError(error);
      },
    ],
  };
}

/**
 * Validation rules that refuse repeated fields (first, so a refusal spares the
 * other rules), over-deep, over-aliased and over-costly operations before any
 * resolver runs, introspection included (a development
 * tool that needs a deeper introspection query can raise GRAPHQL_MAX_DEPTH).
 * The numbers are never echoed in errors;
 * `__typename` counts as an alias (empty allow-list). The token limit is
 * Apollo's own `parseOptions.maxTokens` (see graphql.module.ts).
 */
export function graphqlLimitRules(limits: AppConfig['graphql']): ValidationRule[] {
  return [
    fieldRepeatsRule(),
    maxDepthRule({
      n: limits.maxDepth,
      flattenFragments: true,
      ignoreIntrospection: false,
      ...refuseWith('The query is nested too deeply.'),
    }),
    maxAliasesRule({
      n: limits.maxAliases,
      allowList: [],
      ...refuseWith('The query uses too many aliases.'),
    }),
    costLimitRule({
      maxCost: limits.maxCost,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      ignoreIntrospection: false,
      ...refuseWith('The query is too costly; ask for fewer fields or split it.'),
    }),
  ] as ValidationRule[];
}
