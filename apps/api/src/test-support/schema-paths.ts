import {
  getNamedType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Nested query paths generated from the built schema, for the visibility test: from a root field,
 * every chain of object fields (to a bounded number of hops) that reaches one of the watched object
 * kinds. A new field returning a watched kind, anywhere in the schema, is walked without anyone
 * listing it.
 *
 * One query per "spine": a chain of hops into the types that lie on a cycle of the schema (Referral
 * → indicator → topReferrals → children …), to the bound. At every level the query also reads whole
 * every field whose type leads into no cycle (a person, a unit, an entry and its files, a chain
 * step and its people), the identity of the other hops' objects, and the identity of the level
 * itself; so the spines together cover every path up to the bound, and each object reached carries
 * `__typename` and its identity.
 */

/** The watched kinds: GraphQL type name → the fields that identify one object of it. */
export type Kinds = Readonly<Record<string, string>>;

export interface RootQuery {
  /** The root field. */
  field: GraphQLField<unknown, unknown>;
  /** The selection set under the root field, one per spine. */
  selections: string[];
}

/** A nested field that needs arguments the walker cannot invent (the test must be taught them). */
export interface UnwalkableField {
  type: string;
  field: string;
}

const objectTypeOf = (field: GraphQLField<unknown, unknown>): GraphQLObjectType | null => {
  const named = getNamedType(field.type);
  if (isUnionType(named) || isInterfaceType(named))
    throw new Error(`${field.name}: ${named.name} is abstract; teach schema-paths.ts its possible types`);
  return isObjectType(named) ? named : null;
};

const requiredArgs = (field: GraphQLField<unknown, unknown>): string[] =>
  field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined).map((arg) => arg.name);

/** The object types (by name) from which a watched kind can be reached (the kinds included). */
export function typesReaching(schema: GraphQLSchema, kinds: Kinds): Set<string> {
  const reaching = new Set(Object.keys(kinds));
  const objects = Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'));
  let grew = true;
  while (grew) {
    grew = false;
    for (const type of objects) {
      if (reaching.has(type.name)) continue;
      if (Object.values(type.getFields()).some((f) => reaching.has(getNamedType(f.type).name))) {
        reaching.add(type.name);
        grew = true;
      }
    }
  }
  return reaching;
}

export class SchemaPaths {
  private readonly reaching: Set<string>;
  /** Types from which a cycle of the reaching graph can be entered (walked by spines, to the bound). */
  private readonly cyclic = new Set<string>();
  /** Nested fields on the way that require arguments: the walk cannot take them. */
  readonly unwalkable: UnwalkableField[] = [];

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly kinds: Kinds,
    private readonly maxHops: number,
  ) {
    this.reaching = typesReaching(schema, kinds);
    const targets = (name: string): string[] => {
      const type = schema.getType(name);
      if (!type || !isObjectType(type)) return [];
      return Object.values(type.getFields())
        .map((field) => objectTypeOf(field)?.name)
        .filter((target): target is string => target !== undefined && this.reaching.has(target));
    };
    // A type is cyclic when it lies on, or leads to, a cycle (Referral → children → Referral).
    const onCycle = (start: string): boolean => {
      const seen = new Set<string>();
      const stack = [...targets(start)];
      while (stack.length > 0) {
        const next = stack.pop()!;
        if (next === start) return true;
        if (seen.has(next)) continue;
        seen.add(next);
        stack.push(...targets(next));
      }
      return false;
    };
    const cycles = [...this.reaching].filter(onCycle);
    for (const name of this.reaching) {
      const seen = new Set<string>();
      const stack = [name];
      while (stack.length > 0) {
        const next = stack.pop()!;
        if (cycles.includes(next)) {
          this.cyclic.add(name);
          break;
        }
        if (seen.has(next)) continue;
        seen.add(next);
        stack.push(...targets(next));
      }
    }
  }

  /** The root query fields whose answer can hold a watched kind. */
  roots(): Array<GraphQLField<unknown, unknown>> {
    const query = this.schema.getQueryType();
    if (!query) return [];
    return Object.values(query.getFields()).filter((field) => this.reaching.has(getNamedType(field.type).name));
  }

  /** The spines' selection sets under `root`. */
  queryFor(root: GraphQLField<unknown, unknown>): RootQuery {
    const type = objectTypeOf(root);
    if (!type) throw new Error(`${root.name} returns no object`);
    return { field: root, selections: this.spines(type, this.maxHops) };
  }

  /** Fields of `type` that lead to a watched kind: the kind-typed leaves and the hops that go further. */
  private split(type: GraphQLObjectType): { leaves: Array<GraphQLField<unknown, unknown>>; hops: Array<GraphQLField<unknown, unknown>> } {
    const leaves: Array<GraphQLField<unknown, unknown>> = [];
    const hops: Array<GraphQLField<unknown, unknown>> = [];
    for (const field of Object.values(type.getFields())) {
      const target = objectTypeOf(field);
      if (!target || !this.reaching.has(target.name)) continue;
      if (requiredArgs(field).length > 0) {
        if (!this.unwalkable.some((u) => u.type === type.name && u.field === field.name))
          this.unwalkable.push({ type: type.name, field: field.name });
        continue;
      }
      // Only a hop into a cycle needs spines of its own; anything else is read whole, inline.
      if (this.cyclic.has(target.name)) hops.push(field);
      else leaves.push(field);
    }
    return { leaves, hops };
  }

  private own(type: GraphQLNamedType): string {
    const identity = this.kinds[type.name];
    return identity ? `__typename ${identity}` : '__typename';
  }

  /** A field whose type leads into no cycle, read whole: its identity and every watched kind below it. */
  private leafSelection(field: GraphQLField<unknown, unknown>): string {
    const target = objectTypeOf(field)!;
    if (this.cyclic.has(target.name)) return `${field.name} { ${this.own(target)} }`;
    const { leaves } = this.split(target);
    return `${field.name} { ${[this.own(target), ...leaves.map((leaf) => this.leafSelection(leaf))].join(' ')} }`;
  }

  /** Every maximal spine under `type` with at most `hops` hops, as selection sets. */
  private spines(type: GraphQLObjectType, hops: number): string[] {
    const { leaves, hops: further } = this.split(type);
    const base = [this.own(type), ...leaves.map((leaf) => this.leafSelection(leaf))];
    if (hops === 0 || further.length === 0) {
      // At the bound, the hop fields are still read one level deep when they are watched kinds.
      const edge = hops === 0 ? further.filter((f) => this.kinds[objectTypeOf(f)!.name]).map((f) => this.leafSelection(f)) : [];
      return [[...base, ...edge].join(' ')];
    }
    const result: string[] = [];
    for (const hop of further) {
      const others = further.filter((f) => f !== hop && this.kinds[objectTypeOf(f)!.name]).map((f) => this.leafSelection(f));
      for (const below of this.spines(objectTypeOf(hop)!, hops - 1))
        result.push([...base, ...others, `${hop.name} { ${below} }`].join(' '));
    }
    return result;
  }
}

/** Whether a root field needs arguments (required, without default). */
export function requiredArguments(field: GraphQLField<unknown, unknown>): string[] {
  return requiredArgs(field);
}

/** The operation text for `root` with `variables` (their types read from the root's arguments). */
export function operationText(root: GraphQLField<unknown, unknown>, selection: string, variables: Record<string, unknown>): string {
  const names = Object.keys(variables);
  for (const name of names) if (!root.args.some((arg) => arg.name === name)) throw new Error(`${root.name} has no argument ${name}`);
  const declared = names.map((name) => `$${name}: ${String(root.args.find((arg) => arg.name === name)!.type)}`).join(', ');
  const passed = names.map((name) => `${name}: $${name}`).join(', ');
  return `query Walk${declared ? `(${declared})` : ''} { ${root.name}${passed ? `(${passed})` : ''} { ${selection} } }`;
}

/** One object of a watched kind found in an answer, with the watched objects above it (nearest last). */
export interface Reached {
  kind: string;
  object: Record<string, unknown>;
  ancestors: Array<Record<string, unknown>>;
  path: string;
}

/** Every object of a watched kind in `data` (found by `__typename`, through lists and nulls). */
export function collectReached(data: unknown, kinds: Kinds, path = '', ancestors: Array<Record<string, unknown>> = []): Reached[] {
  if (data === null || data === undefined || typeof data !== 'object') return [];
  if (Array.isArray(data)) return data.flatMap((item, i) => collectReached(item, kinds, `${path}[${i}]`, ancestors));
  const object = data as Record<string, unknown>;
  const typename = typeof object.__typename === 'string' ? object.__typename : null;
  const found: Reached[] = [];
  let above = ancestors;
  if (typename && kinds[typename] !== undefined) {
    found.push({ kind: typename, object, ancestors, path });
    above = [...ancestors, object];
  }
  for (const [key, value] of Object.entries(object)) {
    if (key === '__typename' || value === null || typeof value !== 'object') continue;
    if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) continue;
    found.push(...collectReached(value, kinds, path ? `${path}.${key}` : key, above));
  }
  return found;
}
