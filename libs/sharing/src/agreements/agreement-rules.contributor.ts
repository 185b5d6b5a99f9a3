import { createMongoAbility } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AbilityBuilderOf, AbilityRuleContributor, Actor, AppAbility, RECORD_SUBJECT_OF } from '@app/auth';
import { Tlp, TLP_ORDER } from '@app/core';
import { AgreementEntity } from './agreement.entity';

/** TLP levels an agreement up to `max` may carry; RED never leaves the owning agency. */
export function tlpsUpTo(max: Tlp): Tlp[] {
  return TLP_ORDER.slice(0, TLP_ORDER.indexOf(max) + 1).filter((tlp) => tlp !== Tlp.RED);
}

/** The agreements in force for a recipient agency today, with the recipient agency loaded. */
export function activeAgreementsFor(manager: EntityManager, recipientAgencyId: string): Promise<AgreementEntity[]> {
  return manager
    .getRepository(AgreementEntity)
    .createQueryBuilder('a')
    .innerJoinAndSelect('a.recipientAgency', 'recipient')
    .where('a.recipient_agency_id = :recipientAgencyId', { recipientAgencyId })
    .andWhere('a.ended_at IS NULL AND a.valid_from <= current_date AND (a.valid_until IS NULL OR a.valid_until >= current_date)')
    .getMany();
}

/**
 * Agreements as CASL rules. Standing ones: the recipient reads every record of the covered
 * types whose markings allow it (TLP up to the agreement's level and never RED, REL TO naming
 * the recipient's country), except the fields the agreement withholds. Any agreement that
 * allows discovery: the recipient may learn that such a record exists (`discover`). A recipient's people read
 * a type only if their role lets them read it at home; an API key only with its scope.
 */
@Injectable()
export class AgreementRulesContributor implements AbilityRuleContributor {
  async contribute(builder: AbilityBuilderOf, actor: Actor, manager: EntityManager): Promise<void> {
    // One query per request: the agreements in force, with the recipient's country.
    const agreements = await activeAgreementsFor(manager, actor.agencyId);
    if (agreements.length === 0) return;
    const country = agreements[0].recipientAgency!.country;
    const home = createMongoAbility(builder.rules) as AppAbility;
    for (const agreement of agreements) {
      const conditions = {
        ownerAgencyId: agreement.providerAgencyId,
        tlp: { $in: tlpsUpTo(agreement.maxTlp) },
        releasableTo: country,
      };
      for (const type of agreement.recordTypes) {
        const subject = RECORD_SUBJECT_OF[type];
        if (!home.can('read', subject)) continue;
        // Hit/no-hit: that a record exists and who holds it, under the same markings.
        if (agreement.discoveryAllowed) builder.can('discover', subject, conditions);
        if (agreement.approvalRequired) continue;
        builder.can('read', subject, conditions);
        const withheld = agreement.withheldFields[type] ?? [];
        if (withheld.length > 0) builder.cannot('read', subject, withheld, conditions);
      }
    }
  }
}
