import { GraphQLClient } from './test-app';

export interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
export interface InputValue {
  name: string;
  type: TypeRef;
}
export interface FullType {
  kind: string;
  name: string;
  fields: { name: string; args: InputValue[]; type: TypeRef }[] | null;
  inputFields: InputValue[] | null;
  enumValues: { name: string }[] | null;
  interfaces: { name: string }[] | null;
  possibleTypes: { name: string }[] | null;
}

export interface Schema {
  queryType: string;
  mutationType: string | null;
  types: Map<string, FullType>;
}

export interface Operation {
  kind: 'query' | 'mutation';
  name: string;
  /** A syntactically valid document calling the operation with arguments built from the schema. */
  document: string;
  variables: Record<string, unknown>;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INTROSPECTION = `{ __schema { queryType { name } mutationType { name } types {
  kind name enumValues { name } interfaces { name } possibleTypes { name }
  fields { name type { ${TYPE_REF} } args { name type { ${TYPE_REF} } } }
  inputFields { name type { ${TYPE_REF} } }
} } }`;

export function named(ref: TypeRef): TypeRef {
  return ref.ofType ? named(ref.ofType) : ref;
}

export function typeString(ref: TypeRef): string {
  if (ref.kind === 'NON_NULL') return `${typeString(ref.ofType!)}!`;
  if (ref.kind === 'LIST') return `[${typeString(ref.ofType!)}]`;
  return ref.name!;
}

/** The live schema's types by name (the client must be allowed to introspect). */
export async function introspect(client: GraphQLClient): Promise<Schema> {
  const result = await client.gql(INTROSPECTION);
  const schema = result.data.__schema as {
    queryType: { name: string };
    mutationType: { name: string } | null;
    types: FullType[];
  };
  return {
    queryType: schema.queryType.name,
    mutationType: schema.mutationType?.name ?? null,
    types: new Map(schema.types.map((type) => [type.name, type])),
  };
}

/**
 * Every root operation of the live schema, each with arguments made from its types: the
 * tests walk the whole API this way, so an operation added later is covered without
 * anyone remembering to add it.
 */
export async function schemaOperations(
  client: GraphQLClient,
  value: (type: FullType, ref: TypeRef) => unknown,
): Promise<Operation[]> {
  const { queryType, mutationType, types } = await introspect(client);

  const build = (ref: TypeRef, depth = 0): unknown => {
    if (ref.kind === 'NON_NULL') return build(ref.ofType!, depth);
    if (ref.kind === 'LIST') return [build(ref.ofType!, depth)];
    const type = types.get(ref.name!)!;
    if (type.kind === 'INPUT_OBJECT') {
      if (depth > 3) return {};
      return Object.fromEntries(
        (type.inputFields ?? [])
          .filter((f) => f.type.kind === 'NON_NULL')
          .map((f) => [f.name, build(f.type, depth + 1)]),
      );
    }
    return value(type, ref);
  };

  const selection = (ref: TypeRef, depth = 0): string => {
    const type = types.get(named(ref).name!)!;
    if (type.kind === 'SCALAR' || type.kind === 'ENUM') return '';
    if (type.kind === 'INTERFACE' || type.kind === 'UNION' || depth > 1) return '{ __typename }';
    const leaves = (type.fields ?? []).filter(
      (f) => f.args.length === 0 && ['SCALAR', 'ENUM'].includes(types.get(named(f.type).name!)!.kind),
    );
    return `{ __typename ${leaves.map((f) => f.name).join(' ')} }`;
  };

  const operations: Operation[] = [];
  for (const [kind, rootName] of [
    ['query', queryType],
    ['mutation', mutationType],
  ] as const) {
    if (!rootName) continue;
    for (const field of types.get(rootName)!.fields ?? []) {
      const required = field.args.filter((arg) => arg.type.kind === 'NON_NULL');
      const declarations = required.map((arg) => `$${arg.name}: ${typeString(arg.type)}`).join(', ');
      const argumentList = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
      operations.push({
        kind,
        name: field.name,
        document: `${kind} Op${declarations ? `(${declarations})` : ''} { ${field.name}${argumentList ? `(${argumentList})` : ''} ${selection(field.type)} }`,
        variables: Object.fromEntries(required.map((arg) => [arg.name, build(arg.type)])),
      });
    }
  }
  return operations;
}

/** Plausible values for each scalar and enum, for a valid request. */
export function plausibleValue(type: FullType): unknown {
  switch (type.kind) {
    case 'ENUM':
      return type.enumValues![0].name;
    default:
      switch (type.name) {
        case 'ID':
          return '0195a000-0000-7000-8000-00000000fff0';
        case 'Int':
          return 1;
        case 'Float':
          return 1.5;
        case 'Boolean':
          return false;
        case 'DateTime':
          return '2026-01-02T03:04:05Z';
        case 'Date':
          return '2026-01-02';
        default:
          return 'x';
      }
  }
}

/** A small seeded PRNG (mulberry32): the same seed replays the same fuzz run. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FuzzValues {
  /** Strings to try (hostile ones included); random unicode strings are added to these. */
  strings: readonly string[];
  /** Ids to try: real ones (so some calls reach a record) and malformed ones. */
  ids: readonly string[];
  ints: readonly unknown[];
  floats: readonly unknown[];
  dates: readonly unknown[];
  dateTimes: readonly unknown[];
}

/**
 * A random operation on one root field of the live schema: arguments both valid and invalid
 * (nulls, wrong types, missing required fields, unknown enum values, empty lists), a random
 * selection of the result, and `id` and `ownerAgency { code }` on every record so the caller can check
 * whose records came back. Values go in variables, so a wrong type is refused by coercion.
 */
export function fuzzOperation(
  schema: Schema,
  random: () => number,
  pool: FuzzValues,
  root: { kind: 'query' | 'mutation'; field: string },
  /** Only plausible values (real ids, small numbers, valid enums), so the call gets past validation and returns data. */
  tame = false,
): Operation {
  const { types } = schema;
  const chance = (p: number) => random() < p;
  const hostile = (p: number) => !tame && random() < p;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const isRecord = (type: FullType) =>
    type.name === 'Record' || (type.interfaces ?? []).some((i) => i.name === 'Record');

  const randomString = (): string => {
    const alphabets = [
      'abcXYZ019',
      'ñáéíóúü¿¡ÑÁ',
      '漢字日本語中文',
      '🙂👮🏽‍♀️🇲🇽🇺🇸',
      '\u0000\u0007\u200b\u202e\ufeff\ud7ff',
      '%_\\\'"`;--/**/[]{}()$',
    ];
    const letters = [...pick(alphabets)];
    return Array.from({ length: Math.floor(random() * 40) }, () => pick(letters)).join('');
  };
  const wrongType = (): unknown => pick([true, 0, -1, 1.5, 'x', [], {}, ['a'], { a: 1 }, 1e20]);

  const scalar = (type: FullType): unknown => {
    if (type.kind === 'ENUM')
      return hostile(0.1) ? pick(['NOT_A_VALUE', 'red', '', 'ÑANDÚ']) : pick(type.enumValues!).name;
    if (tame)
      return type.name === 'ID'
        ? pick(pool.ids.filter((id) => /^[0-9a-f]{8}-[0-9a-f-]{27}$/.test(id)))
        : plausibleValue(type);
    switch (type.name) {
      case 'ID':
        return pick(pool.ids);
      case 'Int':
        return pick(pool.ints);
      case 'Float':
        return pick(pool.floats);
      case 'Boolean':
        return chance(0.9) ? chance(0.5) : pick(['true', 1, 'yes']);
      case 'Date':
        return pick(pool.dates);
      case 'DateTime':
        return pick(pool.dateTimes);
      default:
        return chance(0.5) ? pick(pool.strings) : randomString();
    }
  };

  const value = (ref: TypeRef, depth: number): unknown => {
    if (hostile(0.04)) return chance(0.5) ? null : wrongType();
    if (ref.kind === 'NON_NULL') return value(ref.ofType!, depth);
    if (ref.kind === 'LIST') {
      const length = tame ? 1 : pick([0, 0, 1, 1, 2, 3, 12]);
      return Array.from({ length }, () => value(ref.ofType!, depth + 1));
    }
    const type = types.get(ref.name!)!;
    if (type.kind !== 'INPUT_OBJECT') return scalar(type);
    if (depth > 4) return {};
    const fields = (type.inputFields ?? []).filter((f) =>
      f.type.kind === 'NON_NULL' ? !hostile(0.03) : chance(tame ? 0.2 : 0.5),
    );
    return Object.fromEntries(fields.map((f) => [f.name, value(f.type, depth + 1)]));
  };

  // Records and the connections holding them (edges -> node) are selected more often, to be checked.
  const leadsToRecords = (type: FullType): boolean =>
    isRecord(type) ||
    (type.possibleTypes ?? []).some((t) => isRecord(types.get(t.name)!)) ||
    /Edge$|Connection$/.test(type.name);

  // Depth stays within GRAPHQL_MAX_DEPTH (root + 5 object levels + leaf) and breadth small, so
  // most documents pass the cost limit and actually run.
  const selection = (ref: TypeRef, depth: number): string => {
    const type = types.get(named(ref).name!)!;
    if (type.kind === 'SCALAR' || type.kind === 'ENUM') return '';
    if (type.kind === 'INTERFACE' || type.kind === 'UNION') {
      const variants = (type.possibleTypes ?? []).map(
        (t) => `... on ${t.name} ${selection({ kind: 'OBJECT', name: t.name, ofType: null }, depth)}`,
      );
      return `{ __typename ${variants.join(' ')} }`;
    }
    const parts = ['__typename'];
    for (const field of type.fields ?? []) {
      if (field.args.some((arg) => arg.type.kind === 'NON_NULL')) continue;
      const fieldType = types.get(named(field.type).name!)!;
      const leaf = fieldType.kind === 'SCALAR' || fieldType.kind === 'ENUM';
      if (field.name === 'ownerAgency' && isRecord(type)) parts.push('ownerAgency { code }');
      // the id too: a case reaches its participants, and only its id says which case it is
      else if (field.name === 'id' && isRecord(type)) parts.push('id');
      else if (leaf) {
        if (chance(0.7)) parts.push(field.name);
      } else if (depth < 5 && chance(depth === 0 || leadsToRecords(fieldType) ? 0.9 : 0.35))
        parts.push(`${field.name} ${selection(field.type, depth + 1)}`);
    }
    return `{ ${parts.join(' ')} }`;
  };

  const field = types
    .get(root.kind === 'query' ? schema.queryType : schema.mutationType!)!
    .fields!.find((f) => f.name === root.field)!;
  const args = field.args.filter((arg) => arg.type.kind === 'NON_NULL' || chance(tame ? 0.1 : 0.5));
  const declarations = args.map((arg) => `$${arg.name}: ${typeString(arg.type)}`).join(', ');
  const argumentList = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return {
    kind: root.kind,
    name: field.name,
    document: `${root.kind} Fuzz${declarations ? `(${declarations})` : ''} { ${field.name}${argumentList ? `(${argumentList})` : ''} ${selection(field.type, 0)} }`,
    variables: Object.fromEntries(args.filter(() => !hostile(0.02)).map((arg) => [arg.name, value(arg.type, 0)])),
  };
}
