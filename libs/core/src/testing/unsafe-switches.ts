/**
 * Switches that exist only so tests can take a safety away and show that the next one holds.
 * Production refuses them twice: here, and loadConfig refuses to start with one set.
 */
export const SKIP_VISIBILITY_VARIABLE = 'FRONTERA_TEST_UNSAFE_SKIP_VISIBILITY';

/**
 * Whether the application's visibility filter is switched off for `path` (a name of the read
 * path, e.g. `read:Suspect`): FRONTERA_TEST_UNSAFE_SKIP_VISIBILITY is `all` or a comma-separated
 * list naming it. The row-level-security test uses it to show that the database alone still
 * hides every other agency's row. Never under NODE_ENV=production.
 */
export function skipsVisibility(path: string): boolean {
  const value = process.env[SKIP_VISIBILITY_VARIABLE];
  if (!value || process.env.NODE_ENV === 'production') return false;
  const paths = value.split(',').map((part) => part.trim());
  return paths.includes('all') || paths.includes(path);
}
