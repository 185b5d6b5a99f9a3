export * from './cases.module';
export * from './records/entities';
export * from './records/record-enums';
export * from './records/record.entity';
export * from './cases/case-link.entity';
export * from './cases/case.entity';
export * from './organizations/membership.entity';
export * from './organizations/organization-affiliation.entity';
export * from './organizations/organization.entity';
export * from './suspects/suspect.entity';
export * from './tips/tip-mention.entity';
export * from './tips/tip.entity';
export * from './warrants/warrant-external-ref.entity';
export * from './warrants/warrant-status-change.entity';
export * from './warrants/warrant.entity';
export * from './search/name-search';
export * from './search/identifier-search';
export * from './search/search-vocabulary.entity';
export * from './search/suspect-search-key.entity';
// For the generated data set: CURPs with their check digit.
export { curpCheckDigit } from './identifiers/curp';
export * from './records/record-queries';
export * from './tips/tip-follow-up.entity';
// For the campaigns library: suspects to point wanted entries at, tips from the public web form.
export {
  OptionalNestedInput,
  OptionalText,
  OptionalTextList,
  RequiredText,
  RequiredTextList,
} from './records/input-fields';
export { requiredText } from './records/text-fields';
export { personById } from './records/people';
export type { HandlingColumns } from './records/handling.type';
export { SuspectService } from './suspects/suspect.service';
export type { SuspectIdentifiersListener, SuspectMarkingsListener } from './suspects/suspect.service';
// For node(id:) in the app: each record type's own lookup.
export { CaseService } from './cases/case.service';
export { OrganizationService } from './organizations/organization.service';
export { WarrantService } from './warrants/warrant.service';
export { Suspect } from './suspects/suspect.type';
export { TipContactFields } from './tips/tip.inputs';
export { TipService } from './tips/tip.service';
export type { PublicTipIntake } from './tips/tip.service';
