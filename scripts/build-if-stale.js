// `npm start`: builds only when dist/ is missing or older than the sources, so a start after
// a build (or a `npm ci && npm run build` image) begins serving at once. Plain Node: it runs
// before anything is compiled.
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');
const BUILT = join(ROOT, 'dist/apps/api/src/main.js');
// The console is built beside the API (npm run build); a start without it would serve no /console.
const BUILT_CONSOLE = join(ROOT, 'dist/console/index.html');
const SOURCE_DIRS = ['apps', 'libs', 'migrations'];
const SOURCE_FILES = ['tsconfig.json', 'tsconfig.build.json', 'nest-cli.json'];

/** The newest modification time of the files `nest build` compiles (specs excluded), in ms. */
function newestSource(root = ROOT) {
  let newest = 0;
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/\.tsx?$/.test(entry.name) && !/\.(e2e-)?spec\.tsx?$/.test(entry.name))
        newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of SOURCE_DIRS) if (existsSync(join(root, dir))) visit(join(root, dir));
  for (const file of SOURCE_FILES)
    if (existsSync(join(root, file))) newest = Math.max(newest, statSync(join(root, file)).mtimeMs);
  return newest;
}

/** Why the build must run, or null when dist/ is current. */
function staleness(root = ROOT) {
  const built = [join(root, 'dist/apps/api/src/main.js'), join(root, 'dist/console/index.html')];
  if (!built.every((file) => existsSync(file))) return 'dist/ is missing';
  const builtAt = Math.min(...built.map((file) => statSync(file).mtimeMs));
  return newestSource(root) > builtAt ? 'sources are newer than dist/' : null;
}

module.exports = { staleness };

if (require.main === module) {
  const reason = staleness();
  if (reason) {
    const nest = join(ROOT, 'node_modules/.bin/nest');
    if (!existsSync(nest)) {
      console.error(
        `${reason} and the build tools are not installed (npm ci --omit=dev?): run \`npm ci && npm run build\`, or serve an existing build with \`npm run start:prod\``,
      );
      process.exit(1);
    }
    console.error(`Building: ${reason}`);
    // The API and the console, exactly as `npm run build` builds them.
    const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  if (!existsSync(BUILT) || !existsSync(BUILT_CONSOLE)) process.exit(1);
}
