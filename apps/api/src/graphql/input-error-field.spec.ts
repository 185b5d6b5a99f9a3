import { buildSchema, getVariableValues, GraphQLError, GraphQLScalarType, parse, validate } from 'graphql';
import { inputFieldOf } from './input-error-field';

const schema = buildSchema(`
  scalar Stamp
  input Update { id: ID! at: Stamp! tags: [Int!] }
  type Query { sync(updates: [Update!]!, at: Stamp): Int }
`);
// a plain Error: graphql-js points its report at the value node
const refuse = () => {
  throw new Error('not a stamp');
};
Object.assign(schema.getType('Stamp') as GraphQLScalarType, { parseValue: refuse, parseLiteral: refuse });

function literalErrors(query: string): GraphQLError[] {
  return [...validate(schema, parse(query))];
}

function variableErrors(variables: Record<string, unknown>): readonly GraphQLError[] {
  const operation = parse('query ($updates: [Update!]!, $when: Stamp) { sync(updates: $updates, at: $when) }')
    .definitions[0];
  if (operation.kind !== 'OperationDefinition') throw new Error('expected an operation');
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  return coerced.errors ?? [];
}

describe('inputFieldOf', () => {
  it('names a bad value written in the document by its argument, input fields and list positions', () => {
    expect(literalErrors('{ sync(updates: [{ id: "1", at: "2026-01-01" }]) }').map(inputFieldOf)).toEqual([
      'updates.0.at',
    ]);
    expect(
      literalErrors('{ sync(updates: [{ id: "1", at: "x", tags: [1, "two"] }, { id: "2", at: "y" }]) }').map(
        inputFieldOf,
      ),
    ).toEqual(['updates.0.at', 'updates.0.tags.1', 'updates.1.at']);
    expect(literalErrors('{ sync(updates: [], at: "x") }').map(inputFieldOf)).toEqual(['at']);
  });

  it('names a bad variable by its path within the variable', () => {
    const errors = variableErrors({
      updates: [
        { id: '1', at: 'x' },
        { id: '2', at: 'y', tags: [1, 'two'] },
      ],
      when: 'z',
    });
    expect(errors.map(inputFieldOf)).toEqual(['updates.0.at', 'updates.1.at', 'updates.1.tags.1', 'when']);
  });

  it('names nothing where the error is not about an input value', () => {
    expect(literalErrors('{ sync(updates: []) unknown }').map(inputFieldOf)).toEqual([undefined]);
    expect(variableErrors({}).map(inputFieldOf)).toEqual([undefined]);
    expect(inputFieldOf(new Error('plain'))).toBeUndefined();
  });
});
