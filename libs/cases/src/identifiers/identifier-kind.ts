/**
 * What an identifier is; each kind's rules are in identifier-rules.ts. Registered as a GraphQL
 * enum in record-enums.ts: this file imports nothing, so unit specs can load the rules.
 */
export enum IdentifierKind {
  /** Mexico's population registry key (RENAPO), 18 characters with a check digit. */
  CURP = 'CURP',
  /** Mexico's taxpayer registry key (SAT), 13 characters for a person. */
  RFC = 'RFC',
  /** A passport number, with its issuing country. */
  PASSPORT = 'PASSPORT',
  FBI_NUMBER = 'FBI_NUMBER',
  /** An alien registration number (USCIS): A and 8 or 9 digits. */
  A_NUMBER = 'A_NUMBER',
  /** A US Social Security number: only the owning agency ever sees it in full. */
  SSN = 'SSN',
  /** A driver's licence number, with its issuing country and state. */
  DRIVERS_LICENSE = 'DRIVERS_LICENSE',
  OTHER = 'OTHER',
}
