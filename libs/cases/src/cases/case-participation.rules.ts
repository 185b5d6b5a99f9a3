import { createMongoAbility } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AbilityBuilderOf, AbilityRuleContributor, Actor, AgencyEntity, AppAbility } from '@app/auth';
import { Role, Tlp, TLP_ORDER } from '@app/core';

/** A case goes to the agencies taking part in it as far as its markings allow: never RED, and REL TO must name their country. */
const RELEASABLE_TLPS = TLP_ORDER.filter((tlp) => tlp !== Tlp.RED);

/**
 * Joint cases as CASL rules, compiled to SQL like every other (array columns match by
 * containment). The lead agency and the participating agencies read the case's own fields,
 * notes, tasks and timeline; the people who change cases at home `contribute` (notes, tasks,
 * links); the lead's liaison officers `manageParticipants`. Linked records stay under their
 * own rules: a participant sees a link only to a record it may read itself. The owner's own
 * people keep their own-agency rules (AbilityFactory); its writers contribute too.
 */
@Injectable()
export class CaseParticipationRules implements AbilityRuleContributor {
  async contribute(builder: AbilityBuilderOf, actor: Actor, manager: EntityManager): Promise<void> {
    if (actor.kind !== 'user') return;
    const home = createMongoAbility(builder.rules) as AppAbility;
    const readsCases = home.can('read', 'Case');
    const writesCases = home.can('update', 'Case');
    const isLiaison = actor.roles.includes(Role.LIAISON_OFFICER);
    if (!readsCases && !writesCases && !isLiaison) return;
    const agency = await manager.getRepository(AgencyEntity).findOneByOrFail({ id: actor.agencyId });
    const releasable = { tlp: { $in: RELEASABLE_TLPS }, releasableTo: agency.country };
    const parties = [{ leadAgencyId: actor.agencyId }, { participatingAgencyIds: actor.agencyId }];
    for (const party of parties) {
      if (readsCases) builder.can('read', 'Case', { ...party, ...releasable });
      if (writesCases) builder.can('contribute', 'Case', { ...party, ...releasable });
    }
    if (writesCases) builder.can('contribute', 'Case', { ownerAgencyId: actor.agencyId });
    if (isLiaison) builder.can('manageParticipants', 'Case', { leadAgencyId: actor.agencyId, ...releasable });
    // A note's text is its author's: an edit (a new version) is theirs alone.
    builder.can('update', 'CaseNote', { authorId: actor.id });
  }
}
