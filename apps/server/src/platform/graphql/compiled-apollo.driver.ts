import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import { CompiledOperations } from './compiled-execution.js';

/**
 * Nest's Apollo driver with one change: Apollo executes operations through
 * `CompiledOperations` (compiled once per operation) instead of graphql-js's interpreter.
 * Apollo takes a custom executor only from a gateway, so the schema Nest built is handed
 * over as a fixed one. Everything else — parsing, validation rules, plugins, error
 * formatting, the Express middleware — is the stock driver's.
 */
@Injectable()
export class CompiledApolloDriver extends ApolloDriver {
  override async registerServer(options: ApolloDriverConfig): Promise<void> {
    if (!options.schema)
      throw new Error('The GraphQL schema must be built before the server starts');
    const operations = new CompiledOperations(options.schema);
    const withGateway = Object.assign({}, options, {
      schema: undefined,
      gateway: operations.gateway(),
    });
    await super.registerServer(withGateway);
  }
}
