import { parseArgs } from 'node:util';

/** How many records `seed:scale` generates; every count but suspects defaults to a share of them. */
export interface ScaleOptions {
  seed: number;
  suspects: number;
  organizations: number;
  warrants: number;
  tips: number;
  cases: number;
  /** Approved shares across the approval-based demo agreements. */
  shares: number;
  /** Pending share requests to HSI (the liaison inbox). */
  pending: number;
  /** The day shares are decided and expire around (YYYY-MM-DD); today by default. */
  today: string;
}

/** Per 1,000,000 suspects: 50,000 organizations, 400,000 warrants, 500,000 tips, 20,000 cases. */
const PER_SUSPECT = { organizations: 0.05, warrants: 0.4, tips: 0.5, cases: 0.02, shares: 0.2, pending: 0.01 } as const;

const USAGE =
  'usage: seed:scale -- --suspects N [--seed N] [--organizations N] [--warrants N] [--tips N] [--cases N] [--shares N] [--pending N] [--today YYYY-MM-DD]';

function count(name: string, raw: string | undefined, fallback: number, min = 0): number {
  if (raw === undefined) return Math.max(min, Math.round(fallback));
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isSafeInteger(value) || value < min)
    throw new Error(`--${name} must be a whole number of at least ${min}\n${USAGE}`);
  return value;
}

export function parseScaleOptions(argv: string[], now: Date = new Date()): ScaleOptions {
  const names = [
    'seed',
    'suspects',
    'organizations',
    'warrants',
    'tips',
    'cases',
    'shares',
    'pending',
    'today',
  ] as const;
  const { values } = parseArgs({
    args: argv,
    options: Object.fromEntries(names.map((name) => [name, { type: 'string' as const }])),
    strict: true,
    allowPositionals: false,
  });
  const raw = values as Partial<Record<(typeof names)[number], string>>;
  if (raw.suspects === undefined) throw new Error(USAGE);
  const suspects = count('suspects', raw.suspects, 0, 1);
  const today = raw.today ?? now.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today)))
    throw new Error(`--today must be YYYY-MM-DD\n${USAGE}`);
  return {
    seed: count('seed', raw.seed, 1),
    suspects,
    // organizations and cases are linked to, so at least one each
    organizations: count('organizations', raw.organizations, suspects * PER_SUSPECT.organizations, 1),
    warrants: count('warrants', raw.warrants, suspects * PER_SUSPECT.warrants),
    tips: count('tips', raw.tips, suspects * PER_SUSPECT.tips),
    cases: count('cases', raw.cases, suspects * PER_SUSPECT.cases),
    shares: count('shares', raw.shares, suspects * PER_SUSPECT.shares),
    pending: count('pending', raw.pending, suspects * PER_SUSPECT.pending),
    today,
  };
}
