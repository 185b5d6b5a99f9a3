import { Injectable } from '@nestjs/common';
import { AbilityBuilderOf, AbilityRuleContributor, Actor } from '@app/auth';
import { Role } from '@app/core';

/**
 * A person reads (and marks read) their own notifications, nobody else's; an agency's admins
 * run its webhooks. API keys get neither.
 */
@Injectable()
export class NotificationRulesContributor implements AbilityRuleContributor {
  async contribute({ can }: AbilityBuilderOf, actor: Actor): Promise<void> {
    if (actor.kind !== 'user') return;
    can(['read', 'update'], 'Notification', { recipientUserId: actor.id });
    if (actor.roles.includes(Role.AGENCY_ADMIN))
      can(['read', 'create', 'delete'], 'Webhook', { agencyId: actor.agencyId });
  }
}
