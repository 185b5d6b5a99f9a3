import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * `npm run console:codegen`: the console's operation types, generated from the committed
 * schema.graphql (`npm run schema` writes it from the code; CONSOLE_SCHEMA may name a running
 * API's /graphql or another schema file) plus `contract-pending.graphql`, the contract's operations that have not
 * landed yet. The output (src/gql) is committed, so building needs no running API; the console's
 * end-to-end spec generates it again (into CONSOLE_CODEGEN_OUT) and fails when it is stale.
 */
const config: CodegenConfig = {
  schema: [process.env.CONSOLE_SCHEMA ?? 'schema.graphql', 'apps/console/contract-pending.graphql'],
  documents: ['apps/console/src/**/*.{ts,tsx}', '!apps/console/src/gql/**'],
  generates: {
    [process.env.CONSOLE_CODEGEN_OUT ?? 'apps/console/src/gql/']: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', Date: 'string' },
      },
    },
  },
};

export default config;
