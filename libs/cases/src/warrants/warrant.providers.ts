import { SuspectWarrantsResolver } from './suspect-warrants.resolver';
import { WarrantDetailsService } from './warrant-details.service';
import { WarrantFieldsResolver } from './warrant-fields.resolver';
import { WarrantResolver } from './warrant.resolver';
import { WarrantService } from './warrant.service';

export const WARRANT_PROVIDERS = [
  WarrantService,
  WarrantDetailsService,
  WarrantResolver,
  WarrantFieldsResolver,
  SuspectWarrantsResolver,
];
