import { AffiliationFieldsResolver } from './affiliation-fields.resolver';
import { MemberFieldsResolver } from './member-fields.resolver';
import { MembershipFieldsResolver } from './membership-fields.resolver';
import { OrganizationFieldsResolver } from './organization-fields.resolver';
import { OrganizationMemberService } from './organization-member.service';
import { OrganizationResolver } from './organization.resolver';
import { OrganizationService } from './organization.service';

export const ORGANIZATION_PROVIDERS = [
  OrganizationService,
  OrganizationMemberService,
  OrganizationResolver,
  OrganizationFieldsResolver,
  AffiliationFieldsResolver,
  MemberFieldsResolver,
  MembershipFieldsResolver,
];
