import { OrganizationService } from './organization.service';

export const ORGANIZATION_PROVIDERS = [OrganizationService];
