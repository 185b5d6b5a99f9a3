import { Provider } from '@nestjs/common';
import { CaseFieldsResolver } from './case-fields.resolver';
import { CaseLinkService } from './case-link.service';
import { CaseNoteService } from './case-note.service';
import { CaseParticipationRules } from './case-participation.rules';
import { CaseParticipationService } from './case-participation.service';
import { CaseTaskService } from './case-task.service';
import { CaseTimelineService } from './case-timeline.service';
import { CaseEventFieldsResolver, CaseNoteFieldsResolver, CaseTaskFieldsResolver } from './case-work-fields.resolver';
import { CaseWorkResolver } from './case-work.resolver';
import { CaseResolver } from './case.resolver';
import { CaseService } from './case.service';

export const CASE_PROVIDERS: Provider[] = [
  CaseService,
  CaseLinkService,
  CaseParticipationRules,
  CaseParticipationService,
  CaseNoteService,
  CaseTaskService,
  CaseTimelineService,
  CaseResolver,
  CaseWorkResolver,
  CaseFieldsResolver,
  CaseNoteFieldsResolver,
  CaseTaskFieldsResolver,
  CaseEventFieldsResolver,
];
