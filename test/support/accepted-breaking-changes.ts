/**
 * Breaking changes against schema.previous.graphql (the last release's schema) that this
 * release makes on purpose, by graphql-inspector's path, each with why: clients of the last
 * release must hear of them in its notes. At a release, schema.graphql becomes
 * schema.previous.graphql and this list is emptied. The schema test fails on a breaking change
 * not listed here, and on an entry that no longer happens.
 */
export const ACCEPTED_BREAKING_CHANGES: Record<string, string> = {
  // jointops (#16): agencies join a case through their own mutations (participation rules), links one at a time
  'CreateCaseInput.participatingAgencyIds': 'participation through addCaseParticipant / removeCaseParticipant',
  'UpdateCaseInput.participatingAgencyIds': 'participation through addCaseParticipant / removeCaseParticipant',
  'UpdateCaseInput.links': 'links one at a time, through linkCaseRecord / unlinkCaseRecord',
  // jointops (#16): an update names the version it was made from (optimistic concurrency)
  'UpdateCaseInput.expectedVersion': 'updateCase refuses a change made from an older version (CONFLICT)',
};
