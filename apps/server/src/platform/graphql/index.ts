export { GraphQLModule } from './graphql.module.js';
export { graphqlLimitRules } from './graphql-limits.js';
export { HttpDrain } from './http-drain.js';
