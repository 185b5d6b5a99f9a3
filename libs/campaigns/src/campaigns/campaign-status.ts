import { registerEnumType } from '@nestjs/graphql';

/** DRAFT (being prepared, never public) → PUBLISHED (public while its dates are on) → CLOSED (final). */
export enum CampaignStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CLOSED = 'CLOSED',
}
registerEnumType(CampaignStatus, {
  name: 'CampaignStatus',
  description: 'Where a wanted campaign stands.',
  valuesMap: {
    DRAFT: { description: 'Being prepared: not public.' },
    PUBLISHED: { description: 'Published: public from its activeFrom day until its activeUntil day.' },
    CLOSED: { description: 'Closed: gone from the public for good.' },
  },
});
