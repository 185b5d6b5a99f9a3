import { AgencyCountry, Country, RecordType, Tlp, TLP_ORDER } from '@app/core';
import { DEMO_AGENCIES, DEMO_IDS, DemoAgency, DemoAgencyCode } from '../demo/demo-data';
import { ScaleOptions } from './scale-options';
import { hash32, Random, seededId } from './random';

/** The tables whose ids are derived from (seed, table, index); the numbers are part of the ids. */
export const TABLE = {
  [RecordType.SUSPECT]: 1,
  [RecordType.ORGANIZATION]: 2,
  [RecordType.WARRANT]: 3,
  [RecordType.TIP]: 4,
  [RecordType.CASE]: 5,
  share: 6,
  statusChange: 7,
  externalRef: 8,
} as const;

export const COUNTRY_BIT: Record<AgencyCountry, number> = { [Country.US]: 1, [Country.MX]: 2 };

/** Which agencies own how much of each kind of record (indices into DEMO_AGENCIES). */
export function ownerWeights(codes: Partial<Record<DemoAgencyCode, number>>): number[] {
  return DEMO_AGENCIES.map((agency) => codes[agency.code] ?? 0);
}

/**
 * What the seeder remembers of each generated record, in typed arrays (a million records
 * cost a few megabytes): enough to link records of one agency and to share only records
 * whose markings allow it.
 */
export class RecordFacts {
  readonly owner: Uint8Array;
  readonly tlp: Uint8Array;
  /** REL TO as bits of COUNTRY_BIT. */
  readonly releasableTo: Uint8Array;
  private byOwnerCache: Int32Array[] | null = null;

  constructor(readonly count: number) {
    this.owner = new Uint8Array(count);
    this.tlp = new Uint8Array(count);
    this.releasableTo = new Uint8Array(count);
  }

  /** The indices of each agency's records. */
  byOwner(): Int32Array[] {
    if (!this.byOwnerCache) {
      const counts = new Array<number>(DEMO_AGENCIES.length).fill(0);
      for (let i = 0; i < this.count; i++) counts[this.owner[i]]++;
      const lists = counts.map((n) => new Int32Array(n));
      const filled = new Array<number>(DEMO_AGENCIES.length).fill(0);
      for (let i = 0; i < this.count; i++) lists[this.owner[i]][filled[this.owner[i]]++] = i;
      this.byOwnerCache = lists;
    }
    return this.byOwnerCache;
  }

  /** Records of `owner` an agreement up to `maxTlp` may open to `country` (never RED). */
  shareable(owner: number, country: AgencyCountry, maxTlp: Tlp): Int32Array {
    const max = Math.min(TLP_ORDER.indexOf(maxTlp), TLP_ORDER.indexOf(Tlp.AMBER_STRICT));
    const bit = COUNTRY_BIT[country];
    return this.byOwner()[owner].filter((i) => this.tlp[i] <= max && (this.releasableTo[i] & bit) !== 0);
  }
}

export interface Handling {
  tlp: Tlp;
  releasableTo: Country[];
  originatorControlled: boolean;
}

const TLP_WEIGHTS = [5, 25, 45, 15, 10]; // CLEAR, GREEN, AMBER, AMBER+STRICT, RED

const DAY_MS = 86_400_000;
/** Records were created over these years, oldest first (ids are time-ordered like the app's). */
const HISTORY_START = Date.parse('2019-01-01T00:00:00Z');
const HISTORY_END = Date.parse('2026-10-31T00:00:00Z');

/** Shared by the record generators: options, agencies, ids and markings. */
export class ScaleContext {
  readonly agencies: readonly DemoAgency[] = DEMO_AGENCIES;
  readonly facts = new Map<number, RecordFacts>();

  constructor(readonly options: ScaleOptions) {}

  rng(table: number): Random {
    return new Random(this.options.seed, table);
  }

  agencyIndex(code: DemoAgencyCode): number {
    return this.agencies.findIndex((agency) => agency.code === code);
  }

  /** When record `index` of `count` in `table` was created: spread over the history, in order. */
  createdAt(table: number, index: number, count: number): number {
    const jitter = hash32(this.options.seed, table, index, 9) / 4294967296;
    return HISTORY_START + Math.floor(((index + jitter) * (HISTORY_END - HISTORY_START)) / Math.max(count, 1));
  }

  id(table: number, index: number, count: number): string {
    return seededId(this.options.seed, table, index, this.createdAt(table, index, count));
  }

  recordId(type: RecordType, index: number): string {
    return this.id(TABLE[type], index, this.factsOf(type).count);
  }

  factsOf(type: RecordType): RecordFacts {
    const facts = this.facts.get(TABLE[type]);
    if (!facts) throw new Error(`no ${type} records generated yet`);
    return facts;
  }

  /** Markings for a new record of `owner`, remembered in `facts` at `index`. */
  handling(rng: Random, owner: number, facts: RecordFacts, index: number): Handling {
    const tlpIndex = rng.weighted(TLP_WEIGHTS);
    const home = this.agencies[owner].country;
    const roll = rng.next();
    // RED stays home; otherwise most records may go to both countries
    const releasableTo: AgencyCountry[] =
      tlpIndex === 4 || roll < 0.25 ? [home] : roll < 0.92 ? [Country.US, Country.MX] : [];
    facts.owner[index] = owner;
    facts.tlp[index] = tlpIndex;
    facts.releasableTo[index] = releasableTo.reduce((bits, country) => bits | COUNTRY_BIT[country], 0);
    return { tlp: TLP_ORDER[tlpIndex], releasableTo, originatorControlled: rng.chance(0.1) };
  }

  agencyIndexById(id: string): number {
    const index = this.agencies.findIndex((agency) => agency.id === id);
    if (index < 0) throw new Error(`unknown agency ${id}`);
    return index;
  }

  agencyId(index: number): string {
    return DEMO_IDS.agencies[this.agencies[index].code];
  }

  /** A demo user of agency `index` in the mailbox's role (e.g. the analyst who asked). */
  userId(index: number, role: 'ANALYST' | 'LIAISON_OFFICER'): string {
    return DEMO_IDS.users[this.agencies[index].code][role];
  }

  /** A random day within `days` before (negative) or after `at`, as a Date. */
  static daysFrom(rng: Random, at: number, minDays: number, maxDays: number): Date {
    return new Date(at + rng.between(minDays, maxDays) * DAY_MS + rng.int(DAY_MS));
  }
}

export const DAY = DAY_MS;
