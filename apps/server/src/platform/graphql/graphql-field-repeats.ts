import {
  GraphQLError,
  Kind,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** How often one field may be asked for in one (merged) selection set. */
export const DEFAULT_MAX_FIELD_REPEATS = 5;

/**
 * Field visits and nesting after which the rule stops looking (a fragment
 * cycle would otherwise never end): an operation that big or deep is refused
 * by the depth and cost limits or graphql-js's own rules, and this walk must
 * stay cheap. GRAPHQL_MAX_DEPTH is at most 50.
 */
const WALK_BUDGET = 20_000;
const WALK_DEPTH = 64;

export const FIELD_REPEATS_MESSAGE = (field: string) =>
  `The query asks for "${field}" too many times in one place; ask for it once.`;

interface Walk {
  readonly schema: GraphQLSchema;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  readonly limit: number;
  budget: number;
}

/**
 * Refuses an operation that asks for the same field more than `limit` times in
 * one selection set — `{ me { id id id … } }`, `a1: me … a500: me`, or the same
 * field hidden in repeated inline fragments — before any resolver runs.
 *
 * Selection sets are merged the way execution merges them: fields with one
 * response key share their sub-selections, fragments are expanded (a named
 * fragment once per set, as graphql-js does), and an alias counts as a field
 * of its own name. Nested repeats therefore multiply (`me { me { id } } ×3`
 * asks for `me.me` nine times), which is what makes them expensive for the
 * overlap check of graphql-js's own validation.
 *
 * The check runs when validation enters the document. On a refusal the rule
 * returns `null` there, which (graphql-js `visitInParallel`: "if a prior
 * visitor edits a node, no following visitors will see that node") ends the
 * walk for every rule, so the costlier rules never see the oversized document.
 * One error is enough; Apollo answers it as GRAPHQL_VALIDATION_FAILED.
 */
export function fieldRepeatsRule(limit: number = DEFAULT_MAX_FIELD_REPEATS): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    Document(document) {
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const definition of document.definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) {
          fragments.set(definition.name.value, definition);
        }
      }
      const walk: Walk = { schema: context.getSchema(), fragments, limit, budget: WALK_BUDGET };
      for (const definition of document.definitions) {
        let repeated: FieldNode | undefined;
        if (definition.kind === Kind.OPERATION_DEFINITION) {
          const root = walk.schema.getRootType(definition.operation) ?? undefined;
          repeated = findRepeat(walk, [definition.selectionSet], root, 0);
        } else if (definition.kind === Kind.FRAGMENT_DEFINITION) {
          const type = walk.schema.getType(definition.typeCondition.name.value);
          const parent = isCompositeType(type) ? type : undefined;
          repeated = findRepeat(walk, [definition.selectionSet], parent, 0);
        }
        if (repeated !== undefined) {
          const message = FIELD_REPEATS_MESSAGE(repeated.name.value);
          context.reportError(new GraphQLError(message, { nodes: repeated }));
          return null;
        }
      }
      return undefined;
    },
  });
}

/**
 * Collects the fields of the given selection sets (all asked for at one
 * response path) and returns the first field asked for more often than the
 * limit allows, here or below; undefined when there is none.
 */
function findRepeat(
  walk: Walk,
  selectionSets: readonly SelectionSetNode[],
  parent: GraphQLCompositeType | undefined,
  depth: number,
): FieldNode | undefined {
  if (depth > WALK_DEPTH) return undefined;
  const byResponseKey = new Map<
    string,
    { fields: FieldNode[]; parent: GraphQLCompositeType | undefined }
  >();
  const timesAsked = new Map<string, number>();
  const expanded = new Set<string>();
  let repeated: FieldNode | undefined;

  const collect = (set: SelectionSetNode, type: GraphQLCompositeType | undefined): void => {
    for (const selection of set.selections) {
      if (repeated !== undefined || walk.budget <= 0) return;
      switch (selection.kind) {
        case Kind.FIELD: {
          walk.budget -= 1;
          const name = selection.name.value;
          const counted = `${type?.name ?? ''}.${name}`;
          const times = (timesAsked.get(counted) ?? 0) + 1;
          timesAsked.set(counted, times);
          if (times > walk.limit) {
            repeated = selection;
            return;
          }
          const key = selection.alias?.value ?? name;
          const group = byResponseKey.get(key);
          if (group) group.fields.push(selection);
          else byResponseKey.set(key, { fields: [selection], parent: fieldType(type, name) });
          break;
        }
        case Kind.INLINE_FRAGMENT:
          collect(
            selection.selectionSet,
            typeNamed(walk, selection.typeCondition?.name.value) ?? type,
          );
          break;
        case Kind.FRAGMENT_SPREAD: {
          const name = selection.name.value;
          const fragment = walk.fragments.get(name);
          if (!fragment || expanded.has(name)) break;
          expanded.add(name);
          collect(fragment.selectionSet, typeNamed(walk, fragment.typeCondition.name.value));
          break;
        }
      }
    }
  };

  for (const set of selectionSets) collect(set, parent);
  if (repeated !== undefined) return repeated;

  for (const { fields, parent: fieldParent } of byResponseKey.values()) {
    const subSets = fields.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
    if (subSets.length === 0 || walk.budget <= 0) continue;
    const below = findRepeat(walk, subSets, fieldParent, depth + 1);
    if (below !== undefined) return below;
  }
  return undefined;
}

function typeNamed(walk: Walk, name: string | undefined): GraphQLCompositeType | undefined {
  if (name === undefined) return undefined;
  const type = walk.schema.getType(name);
  return isCompositeType(type) ? type : undefined;
}

/** The composite type a field of `parent` returns, when the schema knows it. */
function fieldType(
  parent: GraphQLCompositeType | undefined,
  name: string,
): GraphQLCompositeType | undefined {
  if (!isObjectType(parent) && !isInterfaceType(parent)) return undefined;
  const type = parent.getFields()[name]?.type;
  const named = type ? getNamedType(type) : undefined;
  return isCompositeType(named) ? named : undefined;
}
