import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';

const SCHEMA = readFileSync(join(resolve(__dirname, '..'), 'schema.graphql'), 'utf8');

/**
 * Every type, field, argument, input field and enum value of a schema, by its path
 * (`Suspect`, `Suspect.fullName`, `Query.suspect(id:)`, `Tlp.RED`), with its description.
 * GraphQL's own types (introspection, Int, String...) are documented by the specification.
 */
function elements(sdl: string): { path: string; description: string | null | undefined }[] {
  const types = Object.values(buildSchema(sdl).getTypeMap()).filter(
    (type) => !isIntrospectionType(type) && !isSpecifiedScalarType(type),
  );
  return types.flatMap((type) => [
    { path: type.name, description: type.description },
    ...(isObjectType(type) || isInterfaceType(type)
      ? Object.values(type.getFields()).flatMap((field) => [
          { path: `${type.name}.${field.name}`, description: field.description },
          ...field.args.map((arg) => ({
            path: `${type.name}.${field.name}(${arg.name}:)`,
            description: arg.description,
          })),
        ])
      : []),
    ...(isInputObjectType(type)
      ? Object.values(type.getFields()).map((field) => ({
          path: `${type.name}.${field.name}`,
          description: field.description,
        }))
      : []),
    ...(isEnumType(type)
      ? type.getValues().map((value) => ({ path: `${type.name}.${value.name}`, description: value.description }))
      : []),
  ]);
}

const undescribed = (sdl: string) =>
  elements(sdl)
    .filter((element) => !element.description?.trim())
    .map((element) => element.path);

describe('the schema documents itself (schema.graphql, which test/schema-file keeps equal to the code)', () => {
  it('describes every type, field, argument, input field and enum value', () => {
    // give it one in the code-first decorator ({ description }), then `npm run schema`
    expect(undescribed(SCHEMA)).toEqual([]);
  });

  it('would name each one without a description', () => {
    const sdl = `"""Reads."""\ntype Query {\n  """One."""\n  one(id: ID): Thing\n  two: Tlp\n}\ntype Thing {\n  """Its id."""\n  id: ID\n}\n"""Levels."""\nenum Tlp {\n  """Clear."""\n  CLEAR\n  RED\n}\n`;
    expect(undescribed(sdl).sort()).toEqual(['Query.one(id:)', 'Query.two', 'Thing', 'Tlp.RED']);
  });
});
