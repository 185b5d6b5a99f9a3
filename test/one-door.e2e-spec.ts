import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * One door to record tables: services read suspects, organizations, warrants, tips and cases
 * only through the cases library's RecordQueries (libs/cases/src/records/record-queries.ts),
 * which cannot build a query without the viewer's visibility predicate and owns their paging.
 * This spec reads the source: a raw read of a record table anywhere else fails it, unless it is
 * listed below with why it is no read of a viewer's (the list only shrinks).
 */
const ROOT = resolve(__dirname, '..');
const DOOR = 'libs/cases/src/records/record-queries.ts';
const RECORD_ENTITIES = ['SuspectEntity', 'OrganizationEntity', 'WarrantEntity', 'TipEntity', 'CaseEntity'];
const RECORD_TABLES = ['suspects', 'organizations', 'warrants', 'tips', 'cases'];
const READS = '(?:find\\w*|count\\w*|exist\\w*|createQueryBuilder|query)';

/** file -> the reads of record tables it may make outside the door, each with why. */
const NOT_A_VIEWERS_READ: Record<string, { pattern: RegExp; why: string }[]> = {
  'libs/cases/src/cases/case.service.ts': [
    {
      pattern: /getRepository\(CaseEntity\)\s*\.existsBy/,
      why: "case numbers are unique within the actor's own agency: a uniqueness check on its own records",
    },
  ],
  'libs/cases/src/tips/tip.service.ts': [
    {
      pattern: /getRepository\(TipEntity\)\s*\.findOneOrFail\(\{ where: \{ id: tipId \}, lock/,
      why: 'a lock on the tip a public follow-up (proven by its receipt code) is added to; nothing is returned',
    },
  ],
  'libs/cases/src/suspects/suspect.service.ts': [
    {
      pattern: /FROM suspects s WHERE s\.date_of_birth/,
      why: 'duplicate candidates, inner-joined to the visible suspects (`records.visible`) before anything is read',
    },
  ],
  'libs/campaigns/src/public/public-campaign.service.ts': [
    {
      pattern: /FROM suspects s WHERE s\.id = e\.suspect_id AND s\.owner_agency_id = :ownerAgencyId/,
      why: "whether the campaign agency's own record says its person is in custody, for the public list",
    },
    {
      pattern: /innerJoin\('suspects', 'p'/,
      why: "whether the owner may still publish the entry's record (its markings), for the public list",
    },
  ],
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'generated' ? [] : sources(path);
    return /\.ts$/.test(name) && !/\.spec\.ts$/.test(name) ? [path] : [];
  });
}

/** Every read of a record table in `text`: through a record entity's repository (held in a variable or not), or in SQL. */
function recordReads(text: string): string[] {
  const found: string[] = [];
  for (const entity of RECORD_ENTITIES) {
    for (const match of text.matchAll(new RegExp(`getRepository\\(${entity}\\)\\s*\\.\\s*${READS}\\b[^\\n]*`, 'g')))
      found.push(match[0]);
    for (const match of text.matchAll(
      new RegExp(`(?:const|let) (\\w+) = ctx\\.manager\\.getRepository\\(${entity}\\);`, 'g'),
    )) {
      for (const use of text.matchAll(new RegExp(`\\b${match[1]}\\s*\\.\\s*${READS}\\b[^\\n]*`, 'g')))
        found.push(use[0]);
    }
    for (const match of text.matchAll(
      new RegExp(`(?:from|innerJoin|leftJoin|innerJoinAndSelect|leftJoinAndSelect)\\(${entity}\\b[^\\n]*`, 'g'),
    ))
      found.push(match[0]);
  }
  for (const table of RECORD_TABLES) {
    for (const match of text.matchAll(
      new RegExp(`(?:FROM|JOIN)\\s+"?${table}"?\\s[^\\n]*|(?:from|innerJoin|leftJoin)\\('${table}'[^\\n]*`, 'g'),
    ))
      found.push(match[0]);
  }
  return found;
}

describe('one door to record tables', () => {
  const files = ['libs', 'apps/api/src'].flatMap((dir) => sources(join(ROOT, dir))).map((path) => relative(ROOT, path));
  // What only runs outside a request: migrations, the demo and generated data sets, the command line.
  const inScope = files.filter(
    (file) => file !== DOOR && !/^apps\/api\/src\/(demo|scale|cli)\//.test(file) && !/^libs\/client\//.test(file),
  );

  it('finds the reads it looks for (the scan itself works)', () => {
    expect(recordReads('const r = ctx.manager.getRepository(SuspectEntity);\nawait r.findOneBy({ id });')).toHaveLength(
      1,
    );
    expect(recordReads('SELECT 1 FROM suspects s WHERE s.id = $1')).toHaveLength(1);
    expect(recordReads("qb.innerJoin(OrganizationEntity, 'o', 'o.id = m.organization_id')")).toHaveLength(1);
  });

  it('has no service read a record table except through RecordQueries', () => {
    const unexpected = inScope.flatMap((file) => {
      const allowed = NOT_A_VIEWERS_READ[file] ?? [];
      return recordReads(readFileSync(join(ROOT, file), 'utf8'))
        .filter((read) => !allowed.some(({ pattern }) => pattern.test(read)))
        .map((read) => `${file}: ${read.trim()}`);
    });
    expect(unexpected).toEqual([]);
  });

  it('lists no exception that no longer happens', () => {
    const stale = Object.entries(NOT_A_VIEWERS_READ).flatMap(([file, allowed]) => {
      const reads = recordReads(readFileSync(join(ROOT, file), 'utf8'));
      return allowed
        .filter(({ pattern }) => !reads.some((read) => pattern.test(read)))
        .map(({ why }) => `${file}: ${why}`);
    });
    expect(stale).toEqual([]);
  });
});
