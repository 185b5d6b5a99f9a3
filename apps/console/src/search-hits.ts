import type { MatchClass } from './gql/graphql';

/** How a person was found: by one of their identifiers, or by name at the API's match class. */
export type HowMatched = 'IDENTIFIER' | MatchClass;

export interface Found<T> {
  node: T;
  matched: HowMatched[];
}

/**
 * One list of the people a search found: identifier matches first (an identifier is exact),
 * then name matches in the API's order (best class first); a person found both ways once,
 * with both.
 */
export function mergeHits<T extends { id: string }>(
  byIdentifier: { node: T }[],
  byName: { node: T; matchClass?: MatchClass | null }[],
): Found<T>[] {
  const found = new Map<string, Found<T>>();
  for (const { node } of byIdentifier) found.set(node.id, { node, matched: ['IDENTIFIER'] });
  for (const { node, matchClass } of byName) {
    const how = matchClass ?? 'EXACT';
    const seen = found.get(node.id);
    if (seen) seen.matched.push(how);
    else found.set(node.id, { node, matched: [how] });
  }
  return [...found.values()];
}
