import { AppError } from '../errors/app-error';
import { RecordType } from './enums';

/** One content field of a record type, as every path that shows, filters, sorts or shares it sees it. */
export interface FieldDescriptor {
  /** A share or agreement may grant it (the tipster never goes). */
  shareable: boolean;
  /** Computed from these fields (a full name from its parts): readable exactly when every one of them is. */
  derivedFrom?: readonly string[];
  /** A name the record is found by (search, and discovery's default keys). */
  name?: boolean;
  /** The record type it links to; the link shows only where both ends let it (see `inverse`). */
  relation?: RecordType;
  /** The field on the other end naming the same link (Suspect.memberships and Organization.members). */
  inverse?: string;
  /** A list may be ordered by it: where the viewer may not read it, the record sorts by its creation time instead. */
  sortKey?: boolean;
}

/** One record type, described once: the redaction, agreement validation, share terms, search predicates and tests use this. */
export interface RecordDescriptor {
  type: RecordType;
  fields: Readonly<Record<string, FieldDescriptor>>;
}

const shared: FieldDescriptor = { shareable: true };
const name: FieldDescriptor = { shareable: true, name: true };

export const RECORD_DESCRIPTORS: Readonly<Record<RecordType, RecordDescriptor>> = {
  [RecordType.SUSPECT]: {
    type: RecordType.SUSPECT,
    fields: {
      givenNames: name,
      paternalSurname: name,
      maternalSurname: name,
      fullName: { shareable: false, derivedFrom: ['givenNames', 'paternalSurname', 'maternalSurname'] },
      aliases: name,
      dateOfBirth: shared,
      sex: shared,
      nationalities: shared,
      identifiers: shared,
      status: shared,
      memberships: { shareable: true, relation: RecordType.ORGANIZATION, inverse: 'members' },
    },
  },
  [RecordType.ORGANIZATION]: {
    type: RecordType.ORGANIZATION,
    fields: {
      name,
      aliases: name,
      kind: shared,
      activities: shared,
      baseOfOperations: shared,
      routes: shared,
      affiliations: { shareable: true, relation: RecordType.ORGANIZATION },
      members: { shareable: true, relation: RecordType.SUSPECT, inverse: 'memberships' },
    },
  },
  [RecordType.WARRANT]: {
    type: RecordType.WARRANT,
    fields: {
      number: shared,
      issuingCountry: shared,
      issuingAuthority: shared,
      charges: shared,
      issueDate: shared,
      subject: { shareable: true, relation: RecordType.SUSPECT },
      status: shared,
      statusChangedAt: { shareable: true, sortKey: true },
      statusHistory: shared,
      externalRefs: shared,
    },
  },
  [RecordType.TIP]: {
    type: RecordType.TIP,
    fields: {
      receivedAt: { shareable: true, sortKey: true },
      channel: shared,
      language: shared,
      receivedIn: shared,
      narrative: shared,
      status: shared,
      priority: { shareable: true, sortKey: true },
      assignee: { shareable: false },
      sourceReliability: shared,
      informationCredibility: shared,
      subjects: { shareable: true, relation: RecordType.SUSPECT },
      organizations: { shareable: true, relation: RecordType.ORGANIZATION },
      tipster: { shareable: false },
      campaignId: { shareable: false },
      followUps: shared,
    },
  },
  [RecordType.CASE]: {
    type: RecordType.CASE,
    fields: {
      caseNumber: shared,
      title: shared,
      status: shared,
      leadAgency: shared,
      participatingAgencies: shared,
      suspects: { shareable: true, relation: RecordType.SUSPECT },
      organizations: { shareable: true, relation: RecordType.ORGANIZATION },
      warrants: { shareable: true, relation: RecordType.WARRANT },
      tips: { shareable: true, relation: RecordType.TIP },
      notes: shared,
      tasks: shared,
      timeline: shared,
    },
  },
};

function fieldsWhere(type: RecordType, test: (field: FieldDescriptor) => boolean): readonly string[] {
  return Object.entries(RECORD_DESCRIPTORS[type].fields)
    .filter(([, field]) => test(field))
    .map(([fieldName]) => fieldName);
}

/**
 * The content fields of each record type that a share may grant. The tipster is not among
 * them: it never leaves the intake agency.
 */
export const SHAREABLE_FIELDS: Readonly<Record<RecordType, readonly string[]>> = Object.fromEntries(
  Object.values(RecordType).map((type) => [type, fieldsWhere(type, (field) => field.shareable)]),
) as Record<RecordType, readonly string[]>;

/** The fields each record type is found by name on. */
export const NAME_FIELDS: Readonly<Record<RecordType, readonly string[]>> = Object.fromEntries(
  Object.values(RecordType).map((type) => [type, fieldsWhere(type, (field) => field.name === true)]),
) as Record<RecordType, readonly string[]>;

/**
 * Refuses field names that are not shareable fields of `type` (a misspelt "identifier" would
 * otherwise withhold nothing): BAD_USER_INPUT on `argument`, naming the field.
 */
export function assertShareableFields(type: RecordType, fields: readonly string[], argument: string): void {
  const shareable = SHAREABLE_FIELDS[type];
  const unknown = fields.find((field) => !shareable.includes(field));
  if (unknown !== undefined) {
    throw AppError.badInput(
      argument,
      `"${unknown}" is not a shareable field of ${type}; the fields are: ${shareable.join(', ')}`,
    );
  }
}
