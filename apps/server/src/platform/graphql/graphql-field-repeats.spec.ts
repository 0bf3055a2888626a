import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { FIELD_REPEATS_MESSAGE, fieldRepeatsRule } from './graphql-field-repeats.js';

const schema = buildSchema(`
  type Node { id: ID! name: String! parent: Node }
  type Other { id: ID! }
  union Item = Node | Other
  type Query { node: Node items: [Item!]! health: String }
`);

function errorsFor(query: string, limit = 5): string[] {
  return validate(schema, parse(query), [...specifiedRules, fieldRepeatsRule(limit)]).map(
    (e) => e.message,
  );
}

const times = (n: number, text: string) => Array.from({ length: n }, () => text).join(' ');
const refused = (field: string) => [FIELD_REPEATS_MESSAGE(field)];

describe('fieldRepeatsRule', () => {
  it('accepts a field asked for up to the limit, however it is written', () => {
    expect(errorsFor(`{ node { ${times(5, 'id')} } }`)).toEqual([]);
    expect(errorsFor(`{ ${times(5, 'node { id }')} }`)).toEqual([]);
    expect(errorsFor('{ a: node { id } b: node { name } ... on Query { node { id } } }')).toEqual(
      [],
    );
  });

  it('refuses the same field repeated in one selection set', () => {
    expect(errorsFor(`{ node { ${times(500, 'id')} } }`)).toEqual(refused('id'));
    expect(errorsFor(`{ node { ${times(6, 'id')} } }`)).toEqual(refused('id'));
    expect(errorsFor(`{ ${times(6, 'health')} }`)).toEqual(refused('health'));
  });

  it('counts an alias as the field it names', () => {
    const aliased = Array.from({ length: 6 }, (_, i) => `a${i}: node { id }`).join(' ');
    expect(errorsFor(`{ ${aliased} }`)).toEqual(refused('node'));
    const mixed =
      '{ node { id } a: node { id } b: node { id } c: node { id } d: node { id } e: node { id } }';
    expect(errorsFor(mixed)).toEqual(refused('node'));
  });

  it('counts __typename like any other field', () => {
    expect(errorsFor(`{ ${times(6, '__typename')} }`)).toEqual(refused('__typename'));
  });

  it('finds repeats hidden in inline fragments', () => {
    expect(errorsFor(`{ ${times(6, '... on Query { health }')} }`)).toEqual(refused('health'));
    expect(errorsFor(`{ health ${times(5, '... { health }')} }`)).toEqual(refused('health'));
    expect(errorsFor(`{ node { ${times(3, '... on Node { id }')} id id id } }`)).toEqual(
      refused('id'),
    );
  });

  it('expands a named fragment once per selection set, as execution does', () => {
    const fragment = 'fragment F on Query { health node { id } }';
    expect(errorsFor(`{ ${times(50, '...F')} } ${fragment}`)).toEqual([]);
    const inside = 'fragment G on Node { id }';
    expect(errorsFor(`{ node { ${times(3, 'id')} ...G } } ${inside}`)).toEqual([]);
    expect(errorsFor(`{ node { ${times(5, 'id')} ...G } } ${inside}`)).toEqual(refused('id'));
  });

  it('merges selection sets of one response key, so nested repeats multiply', () => {
    // Each `node` asks for `parent` twice, which is fine; merged, the three ask six times.
    expect(errorsFor(`{ node { parent { id } parent { id } } }`)).toEqual([]);
    expect(errorsFor(`{ ${times(3, 'node { parent { id } parent { id } }')} }`)).toEqual(
      refused('parent'),
    );
  });

  it('counts a field separately for each type of a union', () => {
    expect(errorsFor('{ items { ... on Node { id id id } ... on Other { id id id } } }')).toEqual(
      [],
    );
    expect(errorsFor(`{ items { ... on Node { id } ${times(5, '... on Node { id }')} } }`)).toEqual(
      refused('id'),
    );
  });

  it('refuses repeats in a fragment definition even when no operation spreads it', () => {
    const errors = errorsFor(`{ health } fragment F on Node { ${times(6, 'name')} }`);
    expect(errors).toEqual(refused('name'));
  });

  it('ends validation at the refusal, so no other rule looks at the document', () => {
    // `nope` is unknown: without the early end graphql-js would report it as well.
    expect(errorsFor(`{ nope ${times(6, 'health')} }`)).toEqual(refused('health'));
    expect(errorsFor(`{ nope }`)).toEqual([expect.stringContaining('Cannot query field "nope"')]);
  });

  it('stops on fragment cycles and leaves them to graphql-js', () => {
    const errors = errorsFor('{ node { ...A } } fragment A on Node { parent { ...A } }');
    expect(errors).toEqual(['Cannot spread fragment "A" within itself.']);
  });

  it('honours a different limit', () => {
    expect(errorsFor('{ health health }', 1)).toEqual(refused('health'));
    expect(errorsFor('{ health }', 1)).toEqual([]);
  });
});
