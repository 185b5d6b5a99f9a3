import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * `npm run codegen`: typed documents for libs/client/operations, and possibleTypes, from the
 * committed schema.graphql. Paths are relative to the repository root.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: 'libs/client/operations/*.graphql',
  generates: {
    'libs/client/src/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        // JSON carries both as strings: DateTime in UTC (`2026-11-02T16:20:00.000Z`), Date as `YYYY-MM-DD`
        scalars: { DateTime: 'string', Date: 'string' },
        strictScalars: true,
        // each enum also as a const object of its values (`WarrantStatus.ACTIVE`), usable at run time
        enumType: 'const',
        namingConvention: { enumValues: 'keep' },
        useTypeImports: true,
      },
    },
    'libs/client/src/generated/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3, useExplicitTyping: true },
    },
  },
};

export default config;
