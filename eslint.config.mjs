// `npm run lint`: ESLint (typescript-eslint, type-aware where promises are concerned) and the
// library layering; Prettier owns the formatting (`npm run format`), so no style rule lives here.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/**
 * The libraries from the bottom up: each may import only those before it, always through its
 * `@app/*` alias (a relative path into another library bypasses its public index). Libraries
 * on one line are siblings and may not import each other.
 */
const LAYERS = [['core'], ['auth'], ['audit'], ['notifications'], ['cases'], ['sharing', 'campaigns']];
const LIBRARIES = LAYERS.flat();
/** A relative import that leaves its own library (or reaches into libs/ from outside). */
const INTO_ANOTHER_LIBRARY = {
  regex: '^(\\.\\./)+(libs/|(core|auth|audit|notifications|cases|sharing|campaigns|client)/src)',
  message: 'import another library through its @app/* alias',
};

const layering = LAYERS.flatMap((layer, index) => {
  const above = LIBRARIES.filter((name) => !LAYERS.slice(0, index).flat().includes(name));
  return layer.map((library) => ({
    files: [`libs/${library}/**/*.ts`],
    // a unit spec may load one module of another library directly (jest cannot load Nest's ES-module index)
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            INTO_ANOTHER_LIBRARY,
            ...above.map((name) => ({
              group: [`@app/${name}`, `@app/${name}/*`],
              message:
                name === library
                  ? 'import your own library relatively, not through its alias'
                  : `libs/${library} sits below (or beside) libs/${name}: see the layering in eslint.config.mjs`,
            })),
            { group: ['apps/*', '**/apps/*'], message: 'libraries never import the applications' },
          ],
        },
      ],
    },
  }));
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-bench/**',
      'node_modules/**',
      'coverage/**',
      'apps/console/src/gql/**',
      'libs/client/src/generated/**',
      '.data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['scripts/*.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // loaded on first use, not at start (sharp, pdfkit, qrcode, pdf-parse), or after the tracing hooks (express)
      '@typescript-eslint/no-require-imports': [
        'error',
        { allow: ['^sharp$', '^pdfkit$', '^qrcode$', '^pdf-parse$', '^express$'] },
      ],
    },
  },
  { files: ['apps/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [INTO_ANOTHER_LIBRARY] }] } },
  // End-to-end specs read GraphQL answers as the untyped JSON they are.
  { files: ['test/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  ...layering,
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
