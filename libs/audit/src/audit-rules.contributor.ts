import { Injectable } from '@nestjs/common';
import { AbilityBuilderOf, AbilityRuleContributor, Actor } from '@app/auth';
import { Role } from '@app/core';

/**
 * Who reads the audit log: an agency's liaison officers and admins, for the events on its
 * records and the events by its own people (users and API keys). Nobody else, API keys included.
 */
@Injectable()
export class AuditRulesContributor implements AbilityRuleContributor {
  async contribute({ can }: AbilityBuilderOf, actor: Actor): Promise<void> {
    if (
      actor.kind !== 'user' ||
      !actor.roles.some((role) => role === Role.LIAISON_OFFICER || role === Role.AGENCY_ADMIN)
    )
      return;
    can('read', 'AuditEvent', { recordOwnerAgencyId: actor.agencyId });
    can('read', 'AuditEvent', { actorAgencyId: actor.agencyId });
  }
}
