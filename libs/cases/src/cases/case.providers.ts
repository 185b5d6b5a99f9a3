import { Provider } from '@nestjs/common';
import { CaseFieldsResolver } from './case-fields.resolver';
import { CaseLinkService } from './case-link.service';
import { CaseResolver } from './case.resolver';
import { CaseService } from './case.service';

export const CASE_PROVIDERS: Provider[] = [CaseService, CaseLinkService, CaseResolver, CaseFieldsResolver];
