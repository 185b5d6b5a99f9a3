import { ForcedSubject, MongoAbility, MongoQuery } from '@casl/ability';
import { RecordType } from '@app/core';

/**
 * `discover`: learn that a matching record exists and who holds it (hit/no-hit), nothing more.
 * `request`: ask the owner for a record; `share`: share a record with a partner agency (the
 * owner's liaison, or a recipient's where the owner's agreement allows onward sharing);
 * `decide`: approve, deny or revoke a share; `withdraw`: take back one's own request.
 * `publish`: put a wanted campaign before the public, or take it down.
 * `contribute`: add notes, tasks and links to a joint case; `manageParticipants`: add or
 * remove the agencies taking part in one (cases library: CaseParticipationRules).
 * `refer`: send a record along with a tip referred to a partner (the people it names).
 * `feedback`: tell the referring agency what came of a referral (its recipient).
 */
export type Action =
  | 'read'
  | 'create'
  | 'update'
  | 'delete'
  | 'manage'
  | 'discover'
  | 'request'
  | 'share'
  | 'decide'
  | 'withdraw'
  | 'publish'
  | 'contribute'
  | 'manageParticipants'
  | 'refer'
  | 'feedback';

/** Record subjects carry their GraphQL type name, so rules and `subject()` share one vocabulary. */
export const RECORD_SUBJECTS = ['Suspect', 'Organization', 'Warrant', 'Tip', 'Case'] as const;
export type RecordSubject = (typeof RECORD_SUBJECTS)[number];
export type SubjectName =
  | RecordSubject
  | 'Agency'
  | 'User'
  | 'ApiKey'
  | 'Agreement'
  | 'AuditEvent'
  | 'SharingRequest'
  | 'Campaign'
  | 'CaseNote'
  | 'Notification'
  | 'Webhook';

/** The ability subject of each contract RecordType. */
export const RECORD_SUBJECT_OF: Record<RecordType, RecordSubject> = {
  [RecordType.SUSPECT]: 'Suspect',
  [RecordType.ORGANIZATION]: 'Organization',
  [RecordType.WARRANT]: 'Warrant',
  [RecordType.TIP]: 'Tip',
  [RecordType.CASE]: 'Case',
};

/** A row tagged with its subject name (`subject('Suspect', row)`), so rules can match its fields. */
type TaggedRow = { [K in SubjectName]: ForcedSubject<K> & Record<string, unknown> }[SubjectName];
export type AppSubject = SubjectName | TaggedRow;
export type AppAbility = MongoAbility<[Action, AppSubject], MongoQuery<Record<string, unknown>>>;
