import { createMongoAbility } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AbilityBuilderOf, AbilityRuleContributor, Actor, AppAbility, RECORD_SUBJECT_OF } from '@app/auth';
import { SHARE_ROW_LOADER, SHARED_BY_OWNER_FIELD } from '../shares/share-grants';
import { SHARE_GRANTS_FIELD, SHARE_GRANTS_VIRTUAL_FIELD, shareGrant } from '../shares/share-grants-sql';
import { RecordType, Role, SHAREABLE_FIELDS, Tlp, TLP_ORDER } from '@app/core';
import { discoveryKeysOf } from '../shares/share-terms';
import { activeAgreementsFor } from './agreements-in-force';

/** TLP levels an agreement up to `max` may carry; RED never leaves the owning agency. */
export function tlpsUpTo(max: Tlp): Tlp[] {
  return TLP_ORDER.slice(0, TLP_ORDER.indexOf(max) + 1).filter((tlp) => tlp !== Tlp.RED);
}

/** The stricter of two TLP levels. */
export function stricterTlp(a: Tlp, b: Tlp): Tlp {
  return TLP_ORDER.indexOf(a) <= TLP_ORDER.indexOf(b) ? a : b;
}

/** The most a recipient may pass on: AMBER+STRICT goes to the recipient only, never onward. */
export function onwardMaxTlp(agreementMax: Tlp): Tlp {
  return stricterTlp(agreementMax, Tlp.AMBER);
}

/**
 * Agreements and shares as CASL rules, for the recipient's agency:
 * - shares: one rule per shareable field of every type an agreement covers, on the virtual
 *   `shareGrants` field (see share-grants-sql, whose SQL and row loading this contributor brings): the number of rules does not
 *   grow with the number of shares. They come first, so an agreement's withheld fields win.
 * - standing agreements: every record of the covered types whose markings allow it (TLP up to
 *   the agreement's level and never RED, REL TO naming the recipient's country).
 * - the fields an owner's agreement withholds, withheld from every record of that owner however
 *   it is held (standing, shared, passed on by a partner): these come last and win.
 * - discovery (`discover`, on the agreement's discovery keys), requests to approval-based agreements (`request`), and onward
 *   sharing by the recipient's liaisons where the agreement allows it (`share`: never ORCON,
 *   never AMBER+STRICT, only what it holds first-hand).
 * A recipient's people read a type only if their role lets them read it at home; an API key
 * only with its scope.
 */
@Injectable()
export class AgreementRulesContributor implements AbilityRuleContributor {
  readonly virtualFields = [SHARE_GRANTS_VIRTUAL_FIELD];
  readonly rowLoader = SHARE_ROW_LOADER;

  async contribute(builder: AbilityBuilderOf, actor: Actor, manager: EntityManager): Promise<void> {
    // One query per request: the agreements in force, with the recipient's country.
    const agreements = await activeAgreementsFor(manager, actor.agencyId);
    if (agreements.length === 0) return;
    const country = agreements[0].recipientAgency!.country;
    const home = createMongoAbility(builder.rules) as AppAbility;
    const readableTypes = [...new Set(agreements.flatMap((agreement) => agreement.recordTypes))].filter((type) =>
      home.can('read', RECORD_SUBJECT_OF[type]),
    );
    this.shareRules(builder, actor, readableTypes);
    const isLiaison = actor.kind === 'user' && actor.roles.includes(Role.LIAISON_OFFICER);
    for (const agreement of agreements) {
      const conditions = {
        ownerAgencyId: agreement.providerAgencyId,
        tlp: { $in: tlpsUpTo(agreement.maxTlp) },
        releasableTo: country,
      };
      for (const type of agreement.recordTypes) {
        const subject = RECORD_SUBJECT_OF[type];
        if (!home.can('read', subject)) continue;
        // Hit/no-hit: that a record exists and who holds it, under the same markings, matched
        // on the agreement's discovery keys only (a field rule per key: a withheld non-key never matches).
        const keys = discoveryKeysOf(agreement, type);
        if (agreement.discoveryAllowed && keys.length > 0) builder.can('discover', subject, keys, conditions);
        if (isLiaison && agreement.onwardSharingAllowed) {
          // Only what the agency holds first-hand: every qualifying record under a standing
          // agreement, under an approval-based one only what the owner itself shared.
          builder.can('share', subject, {
            ...conditions,
            tlp: { $in: tlpsUpTo(onwardMaxTlp(agreement.maxTlp)) },
            originatorControlled: false,
            ...(agreement.approvalRequired ? { [SHARED_BY_OWNER_FIELD]: true } : {}),
          });
        }
        if (agreement.approvalRequired) {
          if (actor.kind === 'user') builder.can('request', subject, conditions);
          continue;
        }
        builder.can('read', subject, conditions);
      }
    }
    // What an owner withholds from this agency it withholds on every path: a standing read, its
    // own shares, and a record a partner passed on. Last, so no share rule can lift it.
    for (const agreement of agreements) {
      for (const [type, withheld] of Object.entries(agreement.withheldFields) as [RecordType, string[]][]) {
        if (withheld.length > 0)
          builder.cannot('read', RECORD_SUBJECT_OF[type], withheld, { ownerAgencyId: agreement.providerAgencyId });
      }
    }
  }

  private shareRules(builder: AbilityBuilderOf, actor: Actor, types: RecordType[]): void {
    for (const type of types) {
      for (const field of SHAREABLE_FIELDS[type]) {
        builder.can('read', RECORD_SUBJECT_OF[type], [field], {
          [SHARE_GRANTS_FIELD]: shareGrant(actor.agencyId, field),
        });
      }
    }
  }
}
