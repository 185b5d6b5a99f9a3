import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { identifierQueryKeys } from '../identifiers/identifier-rules';

/**
 * Keeps the suspects (alias `r`) with an identifier of any kind whose normalized value is
 * `text`'s, through their search keys. SSN keys match only records of `ssnOwnerAgencyId`
 * (the viewer's own); null: never (nobody finds another agency's suspect by its SSN).
 */
export function whereIdentifierMatches<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  text: string,
  ssnOwnerAgencyId: string | null,
): void {
  const { keys, ownKeys } = identifierQueryKeys(text);
  if (keys.length === 0) {
    qb.andWhere('false');
    return;
  }
  const withKey = (param: string) =>
    `r.id IN (SELECT k.suspect_id FROM suspect_search_keys k WHERE k.key IN (:...${param}))`;
  const own = ssnOwnerAgencyId !== null && ownKeys.length > 0;
  qb.andWhere(
    own
      ? `(${withKey('identifierKeys')} OR (r.owner_agency_id = :identifierOwner AND ${withKey('identifierOwnKeys')}))`
      : withKey('identifierKeys'),
    {
      identifierKeys: keys.map((key) => `#${key}`),
      identifierOwnKeys: ownKeys.map((key) => `#${key}`),
      identifierOwner: ssnOwnerAgencyId,
    },
  );
}
