import { GraphQLClient } from './test-app';

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputValue {
  name: string;
  type: TypeRef;
}
interface FullType {
  kind: string;
  name: string;
  fields: { name: string; args: InputValue[]; type: TypeRef }[] | null;
  inputFields: InputValue[] | null;
  enumValues: { name: string }[] | null;
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
  kind name enumValues { name }
  fields { name type { ${TYPE_REF} } args { name type { ${TYPE_REF} } } }
  inputFields { name type { ${TYPE_REF} } }
} } }`;

function named(ref: TypeRef): TypeRef {
  return ref.ofType ? named(ref.ofType) : ref;
}

function typeString(ref: TypeRef): string {
  if (ref.kind === 'NON_NULL') return `${typeString(ref.ofType!)}!`;
  if (ref.kind === 'LIST') return `[${typeString(ref.ofType!)}]`;
  return ref.name!;
}

/**
 * Every root operation of the live schema, each with arguments made from its types: the
 * tests walk the whole API this way, so an operation added later is covered without
 * anyone remembering to add it.
 */
export async function schemaOperations(client: GraphQLClient, value: (type: FullType, ref: TypeRef) => unknown): Promise<Operation[]> {
  const result = await client.gql(INTROSPECTION);
  const schema = result.data.__schema as { queryType: { name: string }; mutationType: { name: string } | null; types: FullType[] };
  const types = new Map(schema.types.map((type) => [type.name, type]));

  const build = (ref: TypeRef, depth = 0): unknown => {
    if (ref.kind === 'NON_NULL') return build(ref.ofType!, depth);
    if (ref.kind === 'LIST') return [build(ref.ofType!, depth)];
    const type = types.get(ref.name!)!;
    if (type.kind === 'INPUT_OBJECT') {
      if (depth > 3) return {};
      return Object.fromEntries((type.inputFields ?? []).filter((f) => f.type.kind === 'NON_NULL').map((f) => [f.name, build(f.type, depth + 1)]));
    }
    return value(type, ref);
  };

  const selection = (ref: TypeRef, depth = 0): string => {
    const type = types.get(named(ref).name!)!;
    if (type.kind === 'SCALAR' || type.kind === 'ENUM') return '';
    if (type.kind === 'INTERFACE' || type.kind === 'UNION' || depth > 1) return '{ __typename }';
    const leaves = (type.fields ?? []).filter((f) => f.args.length === 0 && ['SCALAR', 'ENUM'].includes(types.get(named(f.type).name!)!.kind));
    return `{ __typename ${leaves.map((f) => f.name).join(' ')} }`;
  };

  const operations: Operation[] = [];
  for (const [kind, rootName] of [['query', schema.queryType.name], ['mutation', schema.mutationType?.name]] as const) {
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
