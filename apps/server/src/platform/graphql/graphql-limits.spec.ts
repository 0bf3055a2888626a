import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { graphqlLimitRules } from './graphql-limits.js';

const schema = buildSchema(`
  type Node { id: ID! name: String! parent: Node children: [Node!]! }
  type Query { node: Node health: String }
`);
const limits = { maxDepth: 4, maxAliases: 3, maxTokens: 1000, maxCost: 30 };

function errorsFor(query: string): string[] {
  return validate(schema, parse(query), [...specifiedRules, ...graphqlLimitRules(limits)]).map(
    (e) => e.message,
  );
}

describe('graphqlLimitRules', () => {
  it('accepts an ordinary query', () => {
    expect(errorsFor('{ node { id name parent { id } } }')).toEqual([]);
  });

  it('refuses a query deeper than the limit, without saying the limit', () => {
    const errors = errorsFor('{ node { parent { parent { parent { parent { id } } } } } }');
    expect(errors).toContain('The query is nested too deeply.');
    expect(errors.join(' ')).not.toMatch(/\d/);
  });

  it('refuses depth hidden in fragments', () => {
    const errors = errorsFor(`
      query { node { ...A } }
      fragment A on Node { parent { ...B } }
      fragment B on Node { parent { parent { parent { id } } } }
    `);
    expect(errors).toContain('The query is nested too deeply.');
  });

  it('counts __typename aliases towards the alias limit', () => {
    expect(errorsFor('{ a: __typename b: __typename c: __typename }')).toEqual([]);
    const errors = errorsFor('{ a: __typename b: __typename c: __typename d: __typename }');
    expect(errors).toEqual(['The query uses too many aliases.']);
  });

  it('refuses a query whose estimated cost is over the limit', () => {
    expect(errorsFor('{ node { id } }')).toEqual([]);
    const errors = errorsFor('{ node { children { children { id name parent { id name } } } } }');
    expect(errors).toContain('The query is too costly; ask for fewer fields or split it.');
  });
});
