import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

// No React plugin: Vite's own transform compiles JSX (the plugin's peer dependencies do not
// resolve with this repository's jest toolchain), and the console needs no fast refresh.
export default defineConfig({
  root,
  base: '/console/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/console', import.meta.url)),
    emptyOutDir: true,
    // No inline module-preload helper: the console's content security policy allows no inline script.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  server: { proxy: { '/graphql': { target: 'http://127.0.0.1:3000', ws: true } } },
  test: { root, include: ['src/**/*.test.{ts,tsx}'], environment: 'node' },
});
