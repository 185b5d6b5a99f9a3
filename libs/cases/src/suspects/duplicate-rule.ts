import { IdentifierKind } from '../identifiers/identifier-kind';
import { identifierKey } from '../identifiers/identifier-rules';

/** What a viewer sees of a suspect, as far as duplicates go (withheld fields are null). */
export interface SuspectSeen {
  id: string;
  /** Whether the viewer's agency owns it. */
  own: boolean;
  identifiers: { kind: IdentifierKind; value: string }[] | null;
  givenNames: string | null;
  paternalSurname: string | null;
  dateOfBirth: string | null;
}

/** What the viewer's own suspects are compared on to find possible duplicates of one. */
export interface DuplicateProbe {
  source: string;
  /** suspect_search_keys keys (`#` + identifier key) any of which makes a duplicate. */
  keys: string[];
  /** Same given names and paternal surname (accent- and case-folded) and the same date of birth. */
  givenNames: string | null;
  paternalSurname: string | null;
  dateOfBirth: string | null;
}

/**
 * A possible duplicate of a suspect is another suspect of the viewer's own agency that shares
 * a normalized identifier with it, or its given names, paternal surname and date of birth.
 * Only what the viewer may read of the suspect counts: a withheld field matches nothing, and a
 * partner's SSN (which the viewer sees masked) never does, so a duplicate can never reveal a
 * value the viewer may not see.
 */
export function duplicateProbe(seen: SuspectSeen): DuplicateProbe | null {
  const keys = (seen.identifiers ?? [])
    .filter((identifier) => seen.own || identifier.kind !== IdentifierKind.SSN)
    .map((identifier) => `#${identifierKey(identifier)}`);
  const named = seen.givenNames !== null && seen.paternalSurname !== null && seen.dateOfBirth !== null;
  if (keys.length === 0 && !named) return null;
  return {
    source: seen.id,
    keys: [...new Set(keys)],
    givenNames: named ? seen.givenNames : null,
    paternalSurname: named ? seen.paternalSurname : null,
    dateOfBirth: named ? seen.dateOfBirth : null,
  };
}
