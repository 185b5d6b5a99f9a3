import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import { ACCEPTED_BREAKING_CHANGES } from './support/accepted-breaking-changes';
import { CONTRACT_GAPS } from './support/contract-gaps';

const ROOT = resolve(__dirname, '..');
const PRINT_SCHEMA = join(ROOT, 'dist/apps/api/src/cli/print-schema.js');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

async function breakingChanges(before: string, after: string): Promise<Change[]> {
  const changes = await diff(buildSchema(before), buildSchema(after));
  return changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking);
}

/** How CONTRACT_GAPS and ACCEPTED_BREAKING_CHANGES name a change: its path, or its type where it has none. */
const keyOf = (change: Change) => change.path ?? change.type;

/** The breaking changes not in `listed`, and the entries of `listed` that no longer happen. */
function unlisted(breaking: Change[], listed: Record<string, string>): { unexpected: string[]; stale: string[] } {
  return {
    unexpected: breaking
      .filter((change) => !(keyOf(change) in listed))
      .map((change) => `${keyOf(change)}: ${change.message}`),
    stale: Object.keys(listed).filter((key) => !breaking.some((change) => keyOf(change) === key)),
  };
}

describe('the schema file', () => {
  it('schema.graphql is the schema the code builds', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'frontera-schema-')), 'schema.graphql');
    const run = spawnSync(process.execPath, [PRINT_SCHEMA, '--out', out], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const built = readFileSync(out, 'utf8').split('\n');
    const committed = read('schema.graphql').split('\n');
    const line = built.findIndex((text, i) => text !== committed[i]);
    if (line >= 0 || built.length !== committed.length) {
      throw new Error(
        `schema.graphql is stale (line ${line + 1}: built "${built[line]}", committed "${committed[line]}"): ` +
          'run `npm run schema` and commit schema.graphql and libs/client/src/generated',
      );
    }
  });

  it('keeps every type, field, argument and enum value of the client contract, with compatible types', async () => {
    const { unexpected, stale } = unlisted(
      await breakingChanges(read('contract/api-outline.graphql'), read('schema.graphql')),
      CONTRACT_GAPS,
    );
    expect(unexpected).toEqual([]);
    // served now: take it off test/support/contract-gaps.ts (and give it an operation in libs/client/operations)
    expect(stale).toEqual([]);
  });

  it('breaks nothing a client of the previous release (schema.previous.graphql) relies on', async () => {
    const { unexpected, stale } = unlisted(
      await breakingChanges(read('schema.previous.graphql'), read('schema.graphql')),
      ACCEPTED_BREAKING_CHANGES,
    );
    // a wanted break: list it, with why, in test/support/accepted-breaking-changes.ts
    expect(unexpected).toEqual([]);
    expect(stale).toEqual([]);
  });

  it('would see a breaking change: a field removed, an argument made required', async () => {
    const current = read('schema.graphql');
    // each with its description
    const broken = current
      .replace(/\n\n {2}"""[^"]*"""\n {2}redactedFields: \[String!\]!\n/, '\n')
      .replace(/(\n {2}suspect\(\n( {4}"""[^"]*"""\n)? {4}id: ID!\n)/, '$1    reason: String!\n');
    const messages = (await breakingChanges(current, broken)).map((change) => change.message);
    expect(messages).toEqual(
      expect.arrayContaining([expect.stringMatching(/redactedFields/), expect.stringMatching(/reason/)]),
    );
  });
});
