import {
  AppError,
  assertShareableFields,
  NAME_FIELDS,
  RecordType,
  SHARE_USE_ORDER,
  SHAREABLE_FIELDS,
  ShareUse,
} from '@app/core';
import { AgreementEntity } from '../agreements/agreement.entity';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The fields of `type` the agreement lets go: every shareable one but those it withholds. */
export function fieldsAllowedBy(agreement: AgreementEntity, type: RecordType): string[] {
  const withheld = new Set(agreement.withheldFields[type] ?? []);
  return SHAREABLE_FIELDS[type].filter((field) => !withheld.has(field));
}

/** The fields discovery may match on under the agreement: its keys for `type`, else the name fields it does not withhold. */
export function discoveryKeysOf(
  agreement: Pick<AgreementEntity, 'discoveryKeys' | 'withheldFields'>,
  type: RecordType,
): string[] {
  const keys = agreement.discoveryKeys[type];
  if (keys) return keys;
  const withheld = agreement.withheldFields[type] ?? [];
  return NAME_FIELDS[type].filter((field) => !withheld.includes(field));
}

/**
 * The granted fields of a record of `type`: `asked` (default: all of `allowed`), each of which
 * must be a field of the type (else BAD_USER_INPUT naming it) and allowed.
 */
export function grantedFields(type: RecordType, asked: string[] | null | undefined, allowed: string[]): string[] {
  if (asked) assertShareableFields(type, asked, 'fields');
  if (!asked) {
    if (allowed.length === 0) throw AppError.badInput('fields', 'nothing of this record may be shared');
    return allowed;
  }
  const refused = asked.filter((field) => !allowed.includes(field));
  if (refused.length > 0)
    throw AppError.badInput('fields', `may not be shared here: ${[...new Set(refused)].join(', ')}`);
  return [...new Set(asked)];
}

/** The end of the agreement's last valid day, or null when it has none. */
export function lastMomentOf(agreement: AgreementEntity): Date | null {
  return agreement.validUntil !== null ? new Date(`${agreement.validUntil}T23:59:59.999Z`) : null;
}

/**
 * The expiry: `asked`, or the latest allowed. The latest is the earliest of the agreement's
 * longest share (from now), the end of its last valid day and any `caps` (an onward share ends
 * with what it was passed on from); null when nothing limits it.
 */
export function shareExpiry(
  asked: Date | null | undefined,
  agreement: AgreementEntity,
  now: Date,
  caps: (Date | null)[] = [],
): Date | null {
  const limits = [
    agreement.maxShareDays !== null ? new Date(now.getTime() + agreement.maxShareDays * DAY_MS) : null,
    lastMomentOf(agreement),
    ...caps,
  ].filter((limit): limit is Date => limit !== null);
  const latest = limits.length > 0 ? new Date(Math.min(...limits.map((limit) => limit.getTime()))) : null;
  if (!asked) return latest;
  if (asked.getTime() <= now.getTime()) throw AppError.badInput('expiresAt', 'must be in the future');
  if (latest && asked.getTime() > latest.getTime())
    throw AppError.badInput('expiresAt', `may not be later than ${latest.toISOString()}`);
  return asked;
}

/** The permitted use: `asked`, or the narrowest one all of `permitted` lists allow. */
export function shareUse(asked: ShareUse | null | undefined, ...permitted: ShareUse[][]): ShareUse {
  const allowed = SHARE_USE_ORDER.filter((use) => permitted.every((list) => list.includes(use)));
  if (asked) {
    if (!allowed.includes(asked))
      throw AppError.badInput('use', `not permitted here; permitted: ${allowed.join(', ') || 'none'}`);
    return asked;
  }
  if (allowed.length === 0) throw AppError.badInput('use', 'no use is permitted here');
  return allowed[0];
}
