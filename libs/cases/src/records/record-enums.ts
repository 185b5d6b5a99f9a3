import { registerEnumType } from '@nestjs/graphql';
import { IdentifierKind } from '../identifiers/identifier-kind';

export enum OrganizationKind {
  SMUGGLING_RING = 'SMUGGLING_RING',
  CARTEL = 'CARTEL',
  GANG = 'GANG',
  CELL = 'CELL',
}
registerEnumType(OrganizationKind, { name: 'OrganizationKind' });

export enum Activity {
  HUMAN_SMUGGLING = 'HUMAN_SMUGGLING',
  KIDNAPPING = 'KIDNAPPING',
  EXTORTION = 'EXTORTION',
  DRUG_TRAFFICKING = 'DRUG_TRAFFICKING',
  MURDER_FOR_HIRE = 'MURDER_FOR_HIRE',
  MONEY_LAUNDERING = 'MONEY_LAUNDERING',
}
registerEnumType(Activity, { name: 'Activity' });

export enum AffiliationKind {
  TIED_TO = 'TIED_TO',
  FACTION_OF = 'FACTION_OF',
  ALLIED_WITH = 'ALLIED_WITH',
  RIVAL_OF = 'RIVAL_OF',
}
registerEnumType(AffiliationKind, { name: 'AffiliationKind' });

export enum MembershipRole {
  LEADER = 'LEADER',
  RECRUITER = 'RECRUITER',
  GUIDE = 'GUIDE',
  DRIVER = 'DRIVER',
  STASH_HOUSE_KEEPER = 'STASH_HOUSE_KEEPER',
  COLLECTOR = 'COLLECTOR',
  MEMBER = 'MEMBER',
}
registerEnumType(MembershipRole, { name: 'MembershipRole' });

export enum Sex {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(Sex, { name: 'Sex' });

export enum SuspectStatus {
  AT_LARGE = 'AT_LARGE',
  IN_CUSTODY = 'IN_CUSTODY',
  EXTRADITED = 'EXTRADITED',
  DECEASED = 'DECEASED',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(SuspectStatus, { name: 'SuspectStatus' });

export { IdentifierKind };
registerEnumType(IdentifierKind, { name: 'IdentifierKind' });

export enum WarrantStatus {
  ISSUED = 'ISSUED',
  ACTIVE = 'ACTIVE',
  EXECUTED = 'EXECUTED',
  SUSPENDED = 'SUSPENDED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(WarrantStatus, { name: 'WarrantStatus' });

export enum TipChannel {
  HOTLINE = 'HOTLINE',
  WHATSAPP = 'WHATSAPP',
  WEB = 'WEB',
  WALK_IN = 'WALK_IN',
  PARTNER_REFERRAL = 'PARTNER_REFERRAL',
}
registerEnumType(TipChannel, { name: 'TipChannel' });

export enum TipStatus {
  NEW = 'NEW',
  TRIAGED = 'TRIAGED',
  ACTIONABLE = 'ACTIONABLE',
  REFERRED = 'REFERRED',
  CLOSED = 'CLOSED',
}
registerEnumType(TipStatus, { name: 'TipStatus' });

/** Admiralty code: reliability of the source, A (reliable) to F (cannot be judged). */
export enum SourceReliability {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
  E = 'E',
  F = 'F',
}
registerEnumType(SourceReliability, { name: 'SourceReliability' });

export enum CaseStatus {
  OPEN = 'OPEN',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  CLOSED = 'CLOSED',
}
registerEnumType(CaseStatus, { name: 'CaseStatus' });

/** How soon intake must act on a tip: urgent ones come first in the queue. In order of urgency (the database enum keeps it). */
export enum TipPriority {
  ROUTINE = 'ROUTINE',
  URGENT = 'URGENT',
  /** Someone's life is at risk now (a kidnapping in progress, a group abandoned in the desert). */
  LIFE_THREATENING = 'LIFE_THREATENING',
}
registerEnumType(TipPriority, { name: 'TipPriority' });
