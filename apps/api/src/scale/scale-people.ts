import { Country, RecordType } from '@app/core';
import {
  Activity,
  AffiliationKind,
  curpCheckDigit,
  IdentifierKind,
  MembershipRole,
  OrganizationKind,
  Sex,
  SuspectStatus,
} from '@app/cases';
import { CopyValue } from './copy-rows';
import { Random } from './random';
import { ownerWeights, RecordFacts, ScaleContext, TABLE } from './scale-context';
import { organizationName, PersonName, personName, PLACES_MX, PLACES_US, withoutAccents } from './scale-names';

/** One table's share of the load: its columns and a lazy stream of rows. */
export interface TableLoad {
  table: string;
  columns: readonly string[];
  /** Rows expected, for the progress bar (link tables are estimates). */
  estimate: number;
  rows: () => Iterable<readonly CopyValue[]>;
}

/** Most people and organizations are HSI's and FGR's, the two sides of the joint work. */
export const RECORD_OWNERS = ownerWeights({
  HSI: 20,
  USBP: 12,
  FBI: 8,
  DEA: 7,
  'USAO-WDTX': 5,
  JTFA: 6,
  FGR: 20,
  'FGE-CHIH': 10,
  GN: 6,
  INM: 6,
});

const RECORD_COLUMNS = [
  'id',
  'owner_agency_id',
  'tlp',
  'releasable_to',
  'originator_controlled',
  'created_at',
  'updated_at',
] as const;

/** The columns every record table starts with, for record `index` of `type`. */
function recordColumns(ctx: ScaleContext, rng: Random, type: RecordType, index: number, owner: number): CopyValue[] {
  const facts = ctx.factsOf(type);
  const handling = ctx.handling(rng, owner, facts, index);
  const created = new Date(ctx.createdAt(TABLE[type], index, facts.count));
  return [
    ctx.recordId(type, index),
    ctx.agencyId(owner),
    handling.tlp,
    handling.releasableTo,
    handling.originatorControlled,
    created,
    created,
  ];
}

/** The record columns `recordLoad` passes a type's row builder: id first, created_at at [5]. */
export type RecordBase = readonly CopyValue[];

/**
 * A record table's load: `count` records of `type`, each owned by an agency drawn from
 * `owners` with markings of its own (remembered in the type's facts), then the type's own
 * `columns` from `row`.
 */
export function recordLoad(
  ctx: ScaleContext,
  type: RecordType,
  spec: { table: string; count: number; owners: readonly number[]; columns: readonly string[] },
  row: (rng: Random, index: number, owner: number, base: RecordBase) => CopyValue[],
): TableLoad {
  ctx.facts.set(TABLE[type], new RecordFacts(spec.count));
  return {
    table: spec.table,
    columns: [...RECORD_COLUMNS, ...spec.columns],
    estimate: spec.count,
    *rows() {
      const rng = ctx.rng(TABLE[type]);
      for (let i = 0; i < spec.count; i++) {
        const owner = rng.weighted(spec.owners);
        const base = recordColumns(ctx, rng, type, i, owner);
        yield [...base, ...row(rng, i, owner, base)];
      }
    },
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const digits = (rng: Random, count: number) => Array.from({ length: count }, () => rng.int(10)).join('');

/**
 * An invented CURP laid out as RENAPO does (initials, birth date, sex, state CH, consonants,
 * differentiator: a digit before 2000, a letter after) with its check digit.
 */
function curp(rng: Random, name: PersonName, born: Date): string {
  const upper = (text: string | null) =>
    withoutAccents(text ?? 'X')
      .toUpperCase()
      .replace(/[^A-Z]/g, '') || 'X';
  const paternal = upper(name.paternalSurname);
  const vowel = paternal.slice(1).match(/[AEIOU]/)?.[0] ?? 'X';
  const date = `${pad(born.getUTCFullYear() % 100, 2)}${pad(born.getUTCMonth() + 1, 2)}${pad(born.getUTCDate(), 2)}`;
  const consonant = (text: string) => text.slice(1).match(/[^AEIOU]/)?.[0] ?? 'X';
  const differentiator = born.getUTCFullYear() < 2000 ? String(rng.int(10)) : String.fromCharCode(65 + rng.int(26));
  const first17 = `${paternal[0]}${vowel}${upper(name.maternalSurname)[0]}${upper(name.givenNames)[0]}${date}${name.female ? 'M' : 'H'}CH${consonant(paternal)}${consonant(upper(name.maternalSurname))}${consonant(upper(name.givenNames))}${differentiator}`;
  return `${first17}${curpCheckDigit(first17)}`;
}

export function suspectsLoad(ctx: ScaleContext): TableLoad {
  const columns = [
    'given_names',
    'paternal_surname',
    'maternal_surname',
    'aliases',
    'date_of_birth',
    'sex',
    'nationalities',
    'identifiers',
    'status',
  ];
  return recordLoad(
    ctx,
    RecordType.SUSPECT,
    { table: 'suspects', count: ctx.options.suspects, owners: RECORD_OWNERS, columns },
    (rng, _i, owner) => {
      const home = ctx.agencies[owner].country;
      const name = personName(rng, home === Country.MX ? 0.97 : 0.8);
      const born = new Date(Date.UTC(1958 + rng.int(48), rng.int(12), 1 + rng.int(28)));
      const nationalities = name.spanish ? (rng.chance(0.85) ? [Country.MX] : [Country.MX, Country.US]) : [Country.US];
      const identifiers: { kind: IdentifierKind; value: string; country: Country }[] = [];
      if (nationalities.includes(Country.MX) && rng.chance(0.6))
        identifiers.push({ kind: IdentifierKind.CURP, value: curp(rng, name, born), country: Country.MX });
      if (rng.chance(0.25))
        identifiers.push({ kind: IdentifierKind.A_NUMBER, value: `A${digits(rng, 9)}`, country: Country.US });
      if (nationalities.includes(Country.US) && rng.chance(0.3))
        identifiers.push({ kind: IdentifierKind.PASSPORT, value: digits(rng, 9), country: Country.US });
      if (rng.chance(0.1))
        identifiers.push({
          kind: IdentifierKind.FBI_NUMBER,
          value: `${digits(rng, 6)}${String.fromCharCode(65 + rng.int(26), 65 + rng.int(26))}${rng.int(10)}`,
          country: Country.US,
        });
      return [
        name.givenNames,
        name.paternalSurname,
        name.maternalSurname,
        name.aliases,
        rng.chance(0.9) ? born.toISOString().slice(0, 10) : null,
        rng.chance(0.95) ? (name.female ? Sex.FEMALE : Sex.MALE) : Sex.UNKNOWN,
        nationalities,
        JSON.stringify(identifiers),
        [
          SuspectStatus.AT_LARGE,
          SuspectStatus.IN_CUSTODY,
          SuspectStatus.EXTRADITED,
          SuspectStatus.DECEASED,
          SuspectStatus.UNKNOWN,
        ][rng.weighted([70, 18, 3, 2, 7])],
      ];
    },
  );
}

const ACTIVITIES = Object.values(Activity);

export function organizationsLoad(ctx: ScaleContext): TableLoad {
  const columns = ['name', 'aliases', 'kind', 'activities', 'base_of_operations', 'routes'];
  return recordLoad(
    ctx,
    RecordType.ORGANIZATION,
    { table: 'organizations', count: ctx.options.organizations, owners: RECORD_OWNERS, columns },
    (rng, i) => {
      const { name, aliases } = organizationName(rng, i);
      const routes = Array.from({ length: rng.int(3) }, () => ({
        from: `${rng.pick(PLACES_MX)}, Chihuahua`,
        to: `${rng.pick(PLACES_US)}, ${rng.chance(0.6) ? 'Texas' : 'New Mexico'}`,
        crossingPoint: rng.pick([
          'Santa Teresa',
          'Tornillo–Guadalupe',
          'Ysleta–Zaragoza',
          'Bridge of the Americas',
          'Columbus–Palomas',
          'Monte Cristo Rey',
        ]),
      }));
      return [
        name,
        aliases,
        [OrganizationKind.SMUGGLING_RING, OrganizationKind.CARTEL, OrganizationKind.GANG, OrganizationKind.CELL][
          rng.weighted([40, 10, 30, 20])
        ],
        rng.sample(ACTIVITIES, 1 + rng.int(3)),
        rng.chance(0.8) ? `${rng.pick(PLACES_MX)}, Chihuahua` : `${rng.pick(PLACES_US)}, Texas`,
        JSON.stringify(routes),
      ];
    },
  );
}

/** A random record of the same agency as record `index` of `of` (another table), or null. */
export function sameOwner(ctx: ScaleContext, rng: Random, of: number, type: RecordType): number | null {
  const list = ctx.factsOf(type).byOwner()[of];
  return list.length === 0 ? null : list[rng.int(list.length)];
}

const ROLES = Object.values(MembershipRole);

export function membershipsLoad(ctx: ScaleContext): TableLoad {
  return {
    table: 'memberships',
    columns: ['suspect_id', 'organization_id', 'role', 'since'],
    estimate: Math.round(ctx.options.suspects * 0.7),
    *rows() {
      const rng = ctx.rng(101);
      const suspects = ctx.factsOf(RecordType.SUSPECT);
      for (let i = 0; i < suspects.count; i++) {
        const memberships = rng.chance(0.6) ? (rng.chance(0.15) ? 2 : 1) : 0;
        let first: number | null = null;
        for (let m = 0; m < memberships; m++) {
          const organization = sameOwner(ctx, rng, suspects.owner[i], RecordType.ORGANIZATION);
          if (organization === null || organization === first) continue;
          first = organization;
          const since = rng.chance(0.6) ? `${2010 + rng.int(16)}-${pad(1 + rng.int(12), 2)}-01` : null;
          yield [
            ctx.recordId(RecordType.SUSPECT, i),
            ctx.recordId(RecordType.ORGANIZATION, organization),
            rng.pick(ROLES),
            since,
          ];
        }
      }
    },
  };
}

export function affiliationsLoad(ctx: ScaleContext): TableLoad {
  return {
    table: 'organization_affiliations',
    columns: ['organization_id', 'affiliated_organization_id', 'kind'],
    estimate: Math.round(ctx.options.organizations * 0.3),
    *rows() {
      const rng = ctx.rng(102);
      const organizations = ctx.factsOf(RecordType.ORGANIZATION);
      for (let i = 0; i < organizations.count; i++) {
        if (!rng.chance(0.3)) continue;
        const other = sameOwner(ctx, rng, organizations.owner[i], RecordType.ORGANIZATION);
        if (other === null || other === i) continue;
        yield [
          ctx.recordId(RecordType.ORGANIZATION, i),
          ctx.recordId(RecordType.ORGANIZATION, other),
          rng.pick(Object.values(AffiliationKind)),
        ];
      }
    },
  };
}
