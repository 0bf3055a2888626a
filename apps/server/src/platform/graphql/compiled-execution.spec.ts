import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import {
  GraphQLError,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
} from 'graphql';
import { CompiledOperations, dropPropertyResolvers } from './compiled-execution.js';

/** The resolver Nest gives a field: reads the property, else the declared default. */
function propertyResolver(name: string, defaultValue?: unknown) {
  const rootFieldResolver = (root: Record<string, unknown>) =>
    root[name] === undefined ? defaultValue : root[name];
  return rootFieldResolver;
}

function buildSchema() {
  const Item = new GraphQLObjectType({
    name: 'Item',
    fields: {
      id: { type: new GraphQLNonNull(GraphQLString), resolve: propertyResolver('id') },
      rank: { type: GraphQLInt, resolve: propertyResolver('rank', 7) },
      shout: {
        type: GraphQLString,
        resolve: (item: { id: string }) => `${item.id}!`,
      },
      broken: {
        type: GraphQLString,
        resolve: () => {
          throw new GraphQLError('No access', { extensions: { code: 'FORBIDDEN' } });
        },
      },
    },
  });
  const log: string[] = [];
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        items: {
          type: new GraphQLList(Item),
          args: { n: { type: new GraphQLNonNull(GraphQLInt) } },
          resolve: (_root, { n }: { n: number }) =>
            Array.from({ length: n }, (_, i) => ({ id: `i${i}`, ...(i === 0 ? { rank: 1 } : {}) })),
        },
      },
    }),
    mutation: new GraphQLObjectType({
      name: 'Mutation',
      fields: {
        step: {
          type: GraphQLString,
          args: { name: { type: new GraphQLNonNull(GraphQLString) } },
          resolve: async (_root, { name }: { name: string }) => {
            await new Promise((resolve) => setTimeout(resolve, name === 'first' ? 30 : 1));
            log.push(name);
            return name;
          },
        },
      },
    }),
  });
  return { schema, log };
}

/** As the app runs it: no plugin that wraps every field's resolver. */
const plugins = [ApolloServerPluginCacheControlDisabled()];

describe('compiled execution', () => {
  it('takes off only the resolvers that read the property and declare no default', () => {
    const { schema } = buildSchema();
    expect(dropPropertyResolvers(schema)).toBe(1);
    const fields = (schema.getType('Item') as GraphQLObjectType).getFields();
    expect(fields.id!.resolve).toBeUndefined();
    expect(fields.rank!.resolve).toBeDefined();
    expect(fields.shout!.resolve).toBeDefined();
  });

  it('answers through Apollo as graphql-js does: data, defaults, variables, located errors', async () => {
    const { schema } = buildSchema();
    const operations = new CompiledOperations(schema);
    const server = new ApolloServer({ gateway: operations.gateway(), plugins });
    await server.start();
    try {
      const query = 'query Items($n: Int!) { items(n: $n) { id rank shout broken } }';
      const response = await server.executeOperation({ query, variables: { n: 2 } });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors } = response.body.singleResult;
      expect(data).toEqual({
        items: [
          { id: 'i0', rank: 1, shout: 'i0!', broken: null },
          { id: 'i1', rank: 7, shout: 'i1!', broken: null },
        ],
      });
      expect(errors).toHaveLength(2);
      expect(errors![0]).toMatchObject({
        message: 'No access',
        path: ['items', 0, 'broken'],
        locations: [{ line: 1, column: 54 }],
        extensions: { code: 'FORBIDDEN' },
      });
      const bad = await server.executeOperation({ query, variables: { n: 'two' } });
      if (bad.body.kind !== 'single') throw new Error('expected a single result');
      expect(bad.body.singleResult.errors![0]).toMatchObject({
        message: expect.stringMatching(/\$n/),
        locations: [{ line: 1, column: 13 }],
        extensions: { code: 'BAD_USER_INPUT' },
      });
      expect(bad.body.singleResult.data).toBeUndefined();
      expect(operations.size).toBe(1);
    } finally {
      await server.stop();
    }
  });

  it('runs the fields of a mutation one after another', async () => {
    const { schema, log } = buildSchema();
    const operations = new CompiledOperations(schema);
    const server = new ApolloServer({ gateway: operations.gateway(), plugins });
    await server.start();
    try {
      const response = await server.executeOperation({
        query: 'mutation { a: step(name: "first") b: step(name: "second") }',
      });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      expect(response.body.singleResult.data).toEqual({ a: 'first', b: 'second' });
      expect(log).toEqual(['first', 'second']);
    } finally {
      await server.stop();
    }
  });

  it('keeps the operations used last, compiling each once while kept', () => {
    const { schema } = buildSchema();
    const operations = new CompiledOperations(schema, 2);
    const doc = (n: number) => parse(`{ items(n: ${n}) { id } }`);
    const first = operations.get('a', doc(1));
    operations.get('b', doc(2));
    expect(operations.get('a', doc(1))).toBe(first);
    operations.get('c', doc(3));
    expect(operations.size).toBe(2);
    expect(operations.get('a', doc(1))).toBe(first);
    expect(operations.get('b', doc(2))).not.toBeNull();
  });
});
