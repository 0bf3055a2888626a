export { GraphQLModule } from './graphql.module.js';
export { graphqlLimitRules } from './graphql-limits.js';
