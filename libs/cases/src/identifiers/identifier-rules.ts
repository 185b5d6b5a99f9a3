import validateRfc from 'validate-rfc';
import { curpProblem } from './curp';
import { IdentifierKind } from './identifier-kind';
import { LICENCE_ISSUERS, SUBDIVISION_CODE } from './subdivisions';

/*
 * The rules of each identifier kind, as pure functions (no framework: unit specs load them).
 * Countries are ISO 3166-1 alpha-2 codes, which is what the Country enum's values are.
 */

/** An identifier as stored (suspects.identifiers, jsonb) and shown. */
export interface IdentifierValue<C extends string = string> {
  kind: IdentifierKind;
  /** In its kind's canonical form (see `canonicalValue`). */
  value: string;
  /** Issuing country. */
  country?: C | null;
  /** Issuing state (driver's licences): an ISO 3166-2 subdivision code without the country. */
  state?: string | null;
}

/** A bad identifier: which input field, and why (BAD_USER_INPUT). */
export interface IdentifierProblem {
  field: string;
  message: string;
}

/**
 * The form identifiers are compared in: upper case, without spaces, dashes (any Unicode dash)
 * or dots. "a-123 456.789" and "A123456789" are one identifier.
 */
export function normalizeIdentifier(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\p{Pd}.]/gu, '')
    .toUpperCase();
}

/** SSN keys are kept apart, so that they only ever match the owner's own filter. */
const SSN_KEY_PREFIX = 'SSN:';

/**
 * The key an identifier is indexed and matched by: its normalized value, whatever its kind
 * ("identifier" matches any kind), except that an SSN's carries a prefix. The SQL function
 * frontera_identifier_keys (migration IdentifiersCountriesAliases) computes the same keys over
 * a stored list; stored values are canonical ASCII, on which the two agree (tested).
 */
export function identifierKey(identifier: Pick<IdentifierValue, 'kind' | 'value'>): string {
  const key = normalizeIdentifier(identifier.value);
  return identifier.kind === IdentifierKind.SSN ? `${SSN_KEY_PREFIX}${key}` : key;
}

/** The keys a searched identifier matches: `keys` for anyone's records, `ownKeys` only for the owner's. */
export interface IdentifierQueryKeys {
  keys: string[];
  ownKeys: string[];
}

/**
 * What typing `text` in the identifier filter looks for. An A-number of 8 digits is the same
 * number as with a leading zero (USCIS pads them to 9; stored ones are padded); nine digits may be
 * an SSN, which only the owning agency may find its records by.
 */
export function identifierQueryKeys(text: string): IdentifierQueryKeys {
  const key = normalizeIdentifier(text);
  const keys = key.length > 0 ? [key] : [];
  const shortANumber = /^A(\d{8})$/.exec(key);
  if (shortANumber) keys.push(`A0${shortANumber[1]}`);
  return { keys, ownKeys: /^\d{9}$/.test(key) ? [`${SSN_KEY_PREFIX}${key}`] : [] };
}

/** An SSN as everyone but its owner sees it: the last four digits. */
export function maskedSsn(value: string): string {
  return `***-**-${value.replace(/\D/g, '').slice(-4)}`;
}

/** A value's canonical form for its kind, or what is wrong with it. */
type Canonical = { value: string } | { problem: string };

function canonicalValue(kind: IdentifierKind, normalized: string, country: string | null): Canonical {
  switch (kind) {
    case IdentifierKind.CURP: {
      const problem = curpProblem(normalized);
      return problem ? { problem } : { value: normalized };
    }
    case IdentifierKind.RFC: {
      const result = validateRfc(normalized);
      if (result.isValid && result.type === 'person') return { value: normalized };
      if (result.isValid) return { problem: 'is the RFC of a company, not of a person (13 characters)' };
      return { problem: `is not a valid RFC (${(result.errors ?? []).join(', ').toLowerCase().replace(/_/g, ' ')})` };
    }
    case IdentifierKind.PASSPORT:
      // US: 9 digits, or a letter and 8 digits (next-generation books); elsewhere ICAO 9303
      // allows up to 9 characters in the machine-readable zone, some books print longer numbers.
      if (country === 'US')
        return /^(\d{9}|[A-Z]\d{8})$/.test(normalized)
          ? { value: normalized }
          : { problem: 'a US passport number is 9 digits, or a letter and 8 digits' };
      return /^[A-Z0-9]{5,15}$/.test(normalized)
        ? { value: normalized }
        : { problem: 'a passport number is 5 to 15 letters and digits' };
    case IdentifierKind.A_NUMBER: {
      const digits = /^A(\d{8,9})$/.exec(normalized);
      return digits ? { value: `A${digits[1].padStart(9, '0')}` } : { problem: 'an A-number is A and 8 or 9 digits' };
    }
    case IdentifierKind.FBI_NUMBER:
      return /^[A-Z0-9]{1,9}$/.test(normalized) && /\d/.test(normalized)
        ? { value: normalized }
        : { problem: 'an FBI number is 1 to 9 letters and digits' };
    case IdentifierKind.SSN: {
      const ssn = /^(\d{3})(\d{2})(\d{4})$/.exec(normalized);
      if (!ssn) return { problem: 'an SSN is 9 digits' };
      const [, area, group, serial] = ssn;
      // never issued: area 000, 666 or 900-999, group 00, serial 0000 (SSA)
      if (area === '000' || area === '666' || area >= '900' || group === '00' || serial === '0000')
        return { problem: 'is not an SSN the SSA issues' };
      return { value: `${area}-${group}-${serial}` };
    }
    case IdentifierKind.DRIVERS_LICENSE:
      return /^[A-Z0-9]{1,20}$/.test(normalized) && /\d/.test(normalized)
        ? { value: normalized }
        : { problem: "a driver's licence number is 1 to 20 letters and digits" };
    case IdentifierKind.OTHER:
      return /^[A-Z0-9/]+$/.test(normalized)
        ? { value: normalized }
        : { problem: 'may hold letters, digits and / (besides spaces, dashes and dots)' };
  }
}

/** The issuing country each kind implies; others name it themselves (passports must). */
const COUNTRY_OF_KIND: Partial<Record<IdentifierKind, string>> = {
  [IdentifierKind.CURP]: 'MX',
  [IdentifierKind.RFC]: 'MX',
  [IdentifierKind.A_NUMBER]: 'US',
  [IdentifierKind.FBI_NUMBER]: 'US',
  [IdentifierKind.SSN]: 'US',
};

/** One identifier checked against its kind's rules, in canonical form, or the problem with it (`at`: `identifiers.2`). */
export function checkIdentifier<C extends string>(
  input: IdentifierValue<C>,
  at: string,
): IdentifierValue<C> | IdentifierProblem {
  const problem = (field: string, message: string): IdentifierProblem => ({ field: `${at}.${field}`, message });
  const implied = COUNTRY_OF_KIND[input.kind] as C | undefined;
  if (implied && input.country && input.country !== implied)
    return problem('country', `a ${input.kind} is issued by ${implied}`);
  if (input.kind === IdentifierKind.PASSPORT && !input.country)
    return problem('country', 'a passport needs its issuing country');
  const country = implied ?? input.country ?? (input.kind === IdentifierKind.DRIVERS_LICENSE ? ('US' as C) : null);
  let state: string | null = null;
  if (input.kind === IdentifierKind.DRIVERS_LICENSE) {
    state = normalizeIdentifier(input.state ?? '');
    const known = LICENCE_ISSUERS[country!];
    if (!state) return problem('state', "a driver's licence needs its issuing state");
    if (known ? !known.has(state) : !SUBDIVISION_CODE.test(state))
      return problem('state', `${state} is not a state of ${country} (ISO 3166-2 code)`);
  } else if (input.state) {
    return problem('state', "only a driver's licence has an issuing state");
  }
  const canonical = canonicalValue(input.kind, normalizeIdentifier(input.value), country);
  if ('problem' in canonical) return problem('value', `${input.kind}: ${canonical.problem}`);
  return { kind: input.kind, value: canonical.value, country, ...(state ? { state } : {}) };
}

/** A suspect's identifiers, each valid and in canonical form (one given twice is kept once), or the first problem. */
export function checkIdentifiers<C extends string>(
  inputs: IdentifierValue<C>[],
): { identifiers: IdentifierValue<C>[] } | { problem: IdentifierProblem } {
  const byKey = new Map<string, IdentifierValue<C>>();
  for (const [i, input] of inputs.entries()) {
    const checked = checkIdentifier(input, `identifiers.${i}`);
    if ('field' in checked) return { problem: checked };
    byKey.set(`${checked.kind}:${checked.country ?? ''}:${checked.state ?? ''}:${identifierKey(checked)}`, checked);
  }
  return { identifiers: [...byKey.values()] };
}
