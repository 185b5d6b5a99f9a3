import { SuspectFieldsResolver } from './suspect-fields.resolver';
import { SuspectResolver } from './suspect.resolver';
import { SuspectService } from './suspect.service';

export const SUSPECT_PROVIDERS = [SuspectService, SuspectResolver, SuspectFieldsResolver];
