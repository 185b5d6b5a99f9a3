import { AbilityBuilder, createMongoAbility } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RecordType, Role, Tlp } from '@app/core';
import { AuthStateCache } from '../auth-state/auth-state-cache';
import { Actor } from './actor';
import { AppAbility, RECORD_SUBJECTS } from './app-ability';
import { RecordRowLoader, registerAuthorizationExtensions, VirtualRuleField } from './authorization-extensions';

export type AbilityBuilderOf = AbilityBuilder<AppAbility>;

/**
 * Adds rules beyond the own-agency ones (agreements and shares, from the sharing library,
 * which registers itself at start-up). Contributors run after the own-agency rules and
 * before the locks that nothing may lift; a contributor whose rules test fields that are no
 * columns supplies their SQL and what to load onto rows for them.
 */
export interface AbilityRuleContributor {
  contribute(builder: AbilityBuilderOf, actor: Actor, manager: EntityManager): Promise<void>;
  /** Rule fields without a column that its rules test, with their SQL. */
  readonly virtualFields?: readonly VirtualRuleField[];
  /** Loads onto record rows what its rules test in memory. */
  readonly rowLoader?: RecordRowLoader;
}

const RECORD_WRITERS: Role[] = [Role.ANALYST, Role.INVESTIGATOR];
/** Prepare wanted campaigns (drafts) of their agency. */
const CAMPAIGN_EDITORS: Role[] = [Role.ANALYST, Role.INVESTIGATOR, Role.LIAISON_OFFICER, Role.AGENCY_ADMIN];
/** Decide what the public sees: publish, change while published, close. */
const CAMPAIGN_PUBLISHERS: Role[] = [Role.LIAISON_OFFICER, Role.AGENCY_ADMIN];

/**
 * The single place where what an actor may do is decided. An ability is immutable once built:
 * the same actor's is reused until what it was built from changes (AuthStateCache).
 */
@Injectable()
export class AbilityFactory {
  private readonly contributors: AbilityRuleContributor[] = [];

  constructor(private readonly authState: AuthStateCache) {}

  addContributor(contributor: AbilityRuleContributor): void {
    this.contributors.push(contributor);
    registerAuthorizationExtensions(contributor);
  }

  forActor(actor: Actor | null, manager: EntityManager): Promise<AppAbility> {
    if (!actor) return this.build(null, manager);
    const key = `ability:${actor.kind}:${actor.id}:${actor.agencyId}:${actor.roles.join(',')}:${actor.scopes.join(',')}`;
    return this.authState.remember(key, () => this.build(actor, manager));
  }

  private async build(actor: Actor | null, manager: EntityManager): Promise<AppAbility> {
    const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
    if (actor) {
      this.ownAgencyRules(builder, actor);
      for (const contributor of this.contributors) await contributor.contribute(builder, actor, manager);
      this.locks(builder, actor);
    }
    return builder.build();
  }

  private ownAgencyRules({ can }: AbilityBuilderOf, actor: Actor): void {
    const own = { ownerAgencyId: actor.agencyId };
    const has = (...roles: Role[]) => roles.some((role) => actor.roles.includes(role));

    can('read', 'Agency');
    if (actor.kind === 'apiKey') {
      // A key acts for its agency with exactly its scopes, whatever roles people there have.
      if (actor.scopes.includes('warrants:read')) can('read', 'Warrant', own);
      if (actor.scopes.includes('warrants:sync')) can('update', 'Warrant', own);
      return;
    }
    can('read', 'User', { id: actor.id });
    if (has(...RECORD_WRITERS)) {
      can(['read', 'create', 'update'], ['Suspect', 'Organization', 'Warrant', 'Case'], own);
      can(['read', 'update'], 'Tip', own);
    }
    if (has(Role.INTAKE_OFFICER)) {
      can(['read', 'create', 'update'], 'Tip', own);
      // Intake refers its tips to partners (referTip): a share, so the tipster never goes.
      can('share', 'Tip', { ...own, tlp: { $ne: Tlp.RED } });
      // The agency's own people a referred tip names go with it (never on their own: no `share`).
      can('refer', 'Suspect', { ...own, tlp: { $ne: Tlp.RED } });
      // to link the people and organizations a tip mentions
      can('read', ['Suspect', 'Organization'], own);
    }
    if (has(Role.LIAISON_OFFICER)) {
      can('read', [...RECORD_SUBJECTS], own);
      // The owner's liaison shares its records with partners; RED never leaves the agency.
      can('share', [...RECORD_SUBJECTS], { ...own, tlp: { $ne: Tlp.RED } });
      can('refer', 'Suspect', { ...own, tlp: { $ne: Tlp.RED } });
      // ...and decides on requests: those it is asked as provider, and any share of its records.
      can('decide', 'SharingRequest', { providerAgencyId: actor.agencyId });
      can('decide', 'SharingRequest', { ownerAgencyId: actor.agencyId });
      can('withdraw', 'SharingRequest', { recipientAgencyId: actor.agencyId });
    }
    // The parties to a share know it exists; the requester may take back a pending request.
    can('read', 'SharingRequest', { ownerAgencyId: actor.agencyId });
    can('read', 'SharingRequest', { providerAgencyId: actor.agencyId });
    can('read', 'SharingRequest', { recipientAgencyId: actor.agencyId });
    can('withdraw', 'SharingRequest', { requestedBy: actor.id });
    // The recipient of a referred tip reports back what came of it (while or after it held it).
    can('feedback', 'SharingRequest', {
      recipientAgencyId: actor.agencyId,
      recordType: RecordType.TIP,
      status: { $in: ['APPROVED', 'REVOKED'] },
    });
    if (has(Role.AGENCY_ADMIN)) {
      can(['read', 'create', 'update'], 'User', { agencyId: actor.agencyId });
      can('update', 'Agency', { id: actor.agencyId });
      can(['read', 'create', 'delete'], 'ApiKey', { agencyId: actor.agencyId });
      can(['create', 'update'], 'Agreement', { providerAgencyId: actor.agencyId });
    }
    // Both sides of an agreement may read it.
    can('read', 'Agreement', { providerAgencyId: actor.agencyId });
    can('read', 'Agreement', { recipientAgencyId: actor.agencyId });
    this.campaignRules(can, actor);
  }

  /**
   * Wanted campaigns (Se Busca) stay within the owning agency (the public sees only the public
   * fields of published ones). Everyone there reads them (intake filters tips by campaign);
   * editors change drafts; publishers (liaison officers, admins) publish, close and change
   * published ones. Status values are the campaign library's CampaignStatus; a closed
   * campaign changes no more.
   */
  private campaignRules(can: AbilityBuilderOf['can'], actor: Actor): void {
    const own = { ownerAgencyId: actor.agencyId };
    const has = (roles: Role[]) => roles.some((role) => actor.roles.includes(role));
    can('read', 'Campaign', own);
    if (has(CAMPAIGN_EDITORS)) {
      can('create', 'Campaign', { ...own, status: 'DRAFT' });
      can('update', 'Campaign', { ...own, status: 'DRAFT' });
    }
    if (has(CAMPAIGN_PUBLISHERS))
      can(['update', 'publish'], 'Campaign', { ...own, status: { $in: ['DRAFT', 'PUBLISHED'] } });
  }

  /** Rules no agreement, share or role can lift: they come last, so they win. */
  private locks({ can, cannot }: AbilityBuilderOf, actor: Actor): void {
    // The tipster's identity: the intake agency's intake officers, nobody else, ever.
    cannot('read', 'Tip', ['tipster']);
    if (actor.kind === 'user' && actor.roles.includes(Role.INTAKE_OFFICER)) {
      can('read', 'Tip', ['tipster'], { ownerAgencyId: actor.agencyId });
    }
  }
}
