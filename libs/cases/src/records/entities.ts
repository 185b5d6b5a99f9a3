import { CaseEventEntity } from '../cases/case-event.entity';
import { CaseLinkEntity } from '../cases/case-link.entity';
import { CaseNoteEntity, CaseNoteVersionEntity } from '../cases/case-note.entity';
import { CaseTaskEntity } from '../cases/case-task.entity';
import { CaseEntity } from '../cases/case.entity';
import { MembershipEntity } from '../organizations/membership.entity';
import { OrganizationAffiliationEntity } from '../organizations/organization-affiliation.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { SearchVocabularyEntity } from '../search/search-vocabulary.entity';
import { SuspectSearchKeyEntity } from '../search/suspect-search-key.entity';
import { SuspectEntity } from '../suspects/suspect.entity';
import { TipFollowUpEntity } from '../tips/tip-follow-up.entity';
import { TipOrganizationEntity, TipSubjectEntity } from '../tips/tip-mention.entity';
import { TipEntity } from '../tips/tip.entity';
import { WarrantExternalRefEntity } from '../warrants/warrant-external-ref.entity';
import { WarrantStatusChangeEntity } from '../warrants/warrant-status-change.entity';
import { WarrantEntity } from '../warrants/warrant.entity';

/** Listed explicitly: globs do not survive a bundle. */
export const CASES_ENTITIES = [
  SuspectEntity,
  OrganizationEntity,
  OrganizationAffiliationEntity,
  MembershipEntity,
  WarrantEntity,
  WarrantStatusChangeEntity,
  WarrantExternalRefEntity,
  TipEntity,
  TipSubjectEntity,
  TipOrganizationEntity,
  TipFollowUpEntity,
  CaseEntity,
  CaseLinkEntity,
  CaseNoteEntity,
  CaseNoteVersionEntity,
  CaseTaskEntity,
  CaseEventEntity,
  SearchVocabularyEntity,
  SuspectSearchKeyEntity,
];
