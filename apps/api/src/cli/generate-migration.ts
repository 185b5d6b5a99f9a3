import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger, loadConfig } from '@app/core';
import { resolveDatabase } from '../database/database-url';
import { runMigrations } from '../database/run-migrations';
import { schemaDrift } from '../database/schema-drift';
import { runCli } from './run-cli';

/**
 * `npm run migration:generate -- <Name>`: migrates a database, then writes the SQL that
 * makes it match the entities as a new migration in migrations/ (to review, then list in
 * migrations/index.ts).
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('usage: migration:generate <PascalCaseName>');
  const config = loadConfig();
  const database = await resolveDatabase(config, createLogger(config.logLevel));
  try {
    await runMigrations(database.url);
    const drift = await schemaDrift(database.url);
    if (drift.up.length === 0) {
      console.log('No changes: the migrations match the entities.');
      return;
    }
    const timestamp = Date.now();
    const kebab = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
    // TypeORM emits a shared enum type once per table that uses it: create it before the
    // first table, drop it after the last.
    const once = (queries: string[]) =>
      queries.filter((q, i) => !/^(CREATE|DROP) TYPE/.test(q) || queries.indexOf(q) === i);
    const lines = (queries: string[]) =>
      queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
    const file = join(process.cwd(), 'migrations', `${timestamp}-${kebab}.ts`);
    writeFileSync(
      file,
      `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(once(drift.up))}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(once(drift.down.slice().reverse()).reverse())}
  }
}
`,
    );
    console.log(`Wrote ${file}`);
  } finally {
    await database.embedded?.stop();
  }
}

runCli(main);
