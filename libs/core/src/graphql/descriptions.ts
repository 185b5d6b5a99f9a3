import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../pagination/keyset';

/** The schema descriptions of the paging arguments every connection takes. */
export const PAGE_ARGS = {
  first: `At most this many items (1 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when left out).`,
  after: "A cursor (an edge's cursor, or pageInfo.endCursor of the previous page): the items after it. Left out: from the start.",
} as const;
