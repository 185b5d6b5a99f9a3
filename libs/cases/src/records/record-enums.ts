import { registerEnumType } from '@nestjs/graphql';
import { IdentifierKind } from '../identifiers/identifier-kind';

export enum OrganizationKind {
  SMUGGLING_RING = 'SMUGGLING_RING',
  CARTEL = 'CARTEL',
  GANG = 'GANG',
  CELL = 'CELL',
}
registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: 'What kind of criminal organization it is.',
  valuesMap: {
    SMUGGLING_RING: { description: 'A people-smuggling ring.' },
    CARTEL: { description: 'A cartel.' },
    GANG: { description: 'A gang.' },
    CELL: { description: 'A cell (a local unit, often of a larger organization).' },
  },
});

export enum Activity {
  HUMAN_SMUGGLING = 'HUMAN_SMUGGLING',
  KIDNAPPING = 'KIDNAPPING',
  EXTORTION = 'EXTORTION',
  DRUG_TRAFFICKING = 'DRUG_TRAFFICKING',
  MURDER_FOR_HIRE = 'MURDER_FOR_HIRE',
  MONEY_LAUNDERING = 'MONEY_LAUNDERING',
}
registerEnumType(Activity, {
  name: 'Activity',
  description: 'A criminal activity an organization is known for.',
  valuesMap: {
    HUMAN_SMUGGLING: { description: 'Human smuggling.' },
    KIDNAPPING: { description: 'Kidnapping.' },
    EXTORTION: { description: 'Extortion.' },
    DRUG_TRAFFICKING: { description: 'Drug trafficking.' },
    MURDER_FOR_HIRE: { description: 'Murder for hire.' },
    MONEY_LAUNDERING: { description: 'Money laundering.' },
  },
});

export enum AffiliationKind {
  TIED_TO = 'TIED_TO',
  FACTION_OF = 'FACTION_OF',
  ALLIED_WITH = 'ALLIED_WITH',
  RIVAL_OF = 'RIVAL_OF',
}
registerEnumType(AffiliationKind, {
  name: 'AffiliationKind',
  description: 'How one organization is tied to another.',
  valuesMap: {
    TIED_TO: { description: 'Works with or for the other (e.g. a ring tied to a cartel).' },
    FACTION_OF: { description: 'A faction of the other.' },
    ALLIED_WITH: { description: 'Allied with the other.' },
    RIVAL_OF: { description: 'A rival of the other.' },
  },
});

export enum MembershipRole {
  LEADER = 'LEADER',
  RECRUITER = 'RECRUITER',
  GUIDE = 'GUIDE',
  DRIVER = 'DRIVER',
  STASH_HOUSE_KEEPER = 'STASH_HOUSE_KEEPER',
  COLLECTOR = 'COLLECTOR',
  MEMBER = 'MEMBER',
}
registerEnumType(MembershipRole, {
  name: 'MembershipRole',
  description: "A person's role in an organization.",
  valuesMap: {
    LEADER: { description: 'Leads it.' },
    RECRUITER: { description: 'Recruits people for it.' },
    GUIDE: { description: 'Guides people across the border.' },
    DRIVER: { description: 'Drives people or goods.' },
    STASH_HOUSE_KEEPER: { description: 'Keeps a stash house.' },
    COLLECTOR: { description: 'Collects payments.' },
    MEMBER: { description: 'A member, role not known.' },
  },
});

export enum Sex {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(Sex, {
  name: 'Sex',
  description: 'Sex as recorded.',
  valuesMap: {
    FEMALE: { description: 'Female.' },
    MALE: { description: 'Male.' },
    UNKNOWN: { description: 'Not known.' },
  },
});

export enum SuspectStatus {
  AT_LARGE = 'AT_LARGE',
  IN_CUSTODY = 'IN_CUSTODY',
  EXTRADITED = 'EXTRADITED',
  DECEASED = 'DECEASED',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(SuspectStatus, {
  name: 'SuspectStatus',
  description: 'Where a person stands with the law.',
  valuesMap: {
    AT_LARGE: { description: 'At large: wanted and not in custody.' },
    IN_CUSTODY: { description: 'In custody.' },
    EXTRADITED: { description: 'Extradited.' },
    DECEASED: { description: 'Deceased.' },
    UNKNOWN: { description: 'Not known.' },
  },
});

export { IdentifierKind };
registerEnumType(IdentifierKind, {
  name: 'IdentifierKind',
  description: 'A kind of official identifier of a person.',
  valuesMap: {
    CURP: { description: 'Mexican CURP (18 characters, with a check digit).' },
    RFC: { description: 'Mexican RFC (tax id).' },
    PASSPORT: { description: 'A passport number (with its issuing country).' },
    FBI_NUMBER: { description: 'FBI number (UCN).' },
    A_NUMBER: { description: 'US Alien Registration Number (A-number).' },
    SSN: { description: 'US Social Security Number (masked `***-**-1234` outside the owning agency).' },
    DRIVERS_LICENSE: { description: "A driver's licence number (with its issuing state)." },
    OTHER: { description: 'Any other identifier.' },
  },
});

export enum WarrantStatus {
  ISSUED = 'ISSUED',
  ACTIVE = 'ACTIVE',
  EXECUTED = 'EXECUTED',
  SUSPENDED = 'SUSPENDED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(WarrantStatus, {
  name: 'WarrantStatus',
  description: 'Where a warrant stands.',
  valuesMap: {
    ISSUED: { description: 'Issued by the court, not yet in force.' },
    ACTIVE: { description: 'In force: the person may be arrested on it.' },
    EXECUTED: { description: 'Executed (served): the person was arrested on it.' },
    SUSPENDED: { description: 'Suspended, e.g. by an amparo.' },
    CANCELLED: { description: 'Cancelled by the court.' },
    EXPIRED: { description: 'Expired.' },
  },
});

export enum TipChannel {
  HOTLINE = 'HOTLINE',
  WHATSAPP = 'WHATSAPP',
  WEB = 'WEB',
  WALK_IN = 'WALK_IN',
  PARTNER_REFERRAL = 'PARTNER_REFERRAL',
}
registerEnumType(TipChannel, {
  name: 'TipChannel',
  description: 'How a tip came in.',
  valuesMap: {
    HOTLINE: { description: 'By telephone hotline.' },
    WHATSAPP: { description: 'By WhatsApp.' },
    WEB: { description: 'Through the public web form (Se Busca).' },
    WALK_IN: { description: 'In person at an office.' },
    PARTNER_REFERRAL: { description: 'Referred by a partner agency.' },
  },
});

export enum TipStatus {
  NEW = 'NEW',
  TRIAGED = 'TRIAGED',
  ACTIONABLE = 'ACTIONABLE',
  REFERRED = 'REFERRED',
  CLOSED = 'CLOSED',
}
registerEnumType(TipStatus, {
  name: 'TipStatus',
  description: 'Where a tip is in the intake queue.',
  valuesMap: {
    NEW: { description: 'Received, not yet looked at.' },
    TRIAGED: { description: 'Looked at and graded.' },
    ACTIONABLE: { description: 'Worth acting on.' },
    REFERRED: { description: 'Referred to a partner agency (referTip).' },
    CLOSED: { description: 'Done with.' },
  },
});

/** Admiralty code: reliability of the source, A (reliable) to F (cannot be judged). */
export enum SourceReliability {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
  E = 'E',
  F = 'F',
}
registerEnumType(SourceReliability, {
  name: 'SourceReliability',
  description: 'Admiralty code: how reliable the source of a tip is.',
  valuesMap: {
    A: { description: 'Completely reliable.' },
    B: { description: 'Usually reliable.' },
    C: { description: 'Fairly reliable.' },
    D: { description: 'Not usually reliable.' },
    E: { description: 'Unreliable.' },
    F: { description: 'Reliability cannot be judged.' },
  },
});

export enum CaseStatus {
  OPEN = 'OPEN',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  CLOSED = 'CLOSED',
}
registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description: 'Where a case stands.',
  valuesMap: {
    OPEN: { description: 'Opened, work not yet under way.' },
    ACTIVE: { description: 'Being worked.' },
    SUSPENDED: { description: 'On hold.' },
    CLOSED: { description: 'Closed.' },
  },
});

/** How soon intake must act on a tip: urgent ones come first in the queue. In order of urgency (the database enum keeps it). */
export enum TipPriority {
  ROUTINE = 'ROUTINE',
  URGENT = 'URGENT',
  /** Someone's life is at risk now (a kidnapping in progress, a group abandoned in the desert). */
  LIFE_THREATENING = 'LIFE_THREATENING',
}
registerEnumType(TipPriority, {
  name: 'TipPriority',
  description: 'How urgently a tip needs acting on; the intake queue shows the most urgent first.',
  valuesMap: {
    ROUTINE: { description: 'Routine.' },
    URGENT: { description: 'Urgent.' },
    LIFE_THREATENING: { description: 'A life is in danger: act now.' },
  },
});
