import { registerEnumType } from '@nestjs/graphql';

/** DRAFT (being prepared, never public) → PUBLISHED (public while its dates are on) → CLOSED (final). */
export enum CampaignStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CLOSED = 'CLOSED',
}
registerEnumType(CampaignStatus, { name: 'CampaignStatus' });
