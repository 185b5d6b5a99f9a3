import * as argon2 from 'argon2';
import { EntityManager } from 'typeorm';
import { AgencyEntity, UserEntity } from '@app/auth';
import {
  CaseEntity,
  CaseLinkEntity,
  MembershipEntity,
  OrganizationAffiliationEntity,
  OrganizationEntity,
  SuspectEntity,
  TipEntity,
  TipOrganizationEntity,
  TipSubjectEntity,
  WarrantEntity,
  WarrantExternalRefEntity,
  WarrantStatusChangeEntity,
} from '@app/cases';
import type { TipsterIdentity } from '@app/cases';
import { FieldCipher } from '@app/core';
import { AgreementEntity } from '@app/sharing';
import { WantedCampaignEntity, WantedEntryEntity } from '@app/campaigns';
import {
  DEMO_AFFILIATIONS,
  DEMO_AGREEMENTS,
  DEMO_AGENCIES,
  DEMO_CAMPAIGN_ENTRIES,
  DEMO_CAMPAIGNS,
  DEMO_CASE_LINKS,
  DEMO_CASES,
  DEMO_MEMBERSHIPS,
  DEMO_ORGANIZATIONS,
  DEMO_SUSPECTS,
  DEMO_TIPS,
  DEMO_USERS,
  DEMO_WARRANTS,
} from './demo-data';

export interface SeedDemoOptions {
  /** The password every demo user logs in with. */
  demoPassword: string;
  cipher: FieldCipher;
}

/**
 * Seeds the demo data set into an empty database, all or nothing. Returns false, touching
 * nothing, when any agency exists already.
 */
export async function seedDemo(manager: EntityManager, options: SeedDemoOptions): Promise<boolean> {
  if (await manager.getRepository(AgencyEntity).exists()) return false;

  // One hash for all demo users: argon2 is deliberately slow.
  const passwordHash = await argon2.hash(options.demoPassword);

  await manager.transaction(async (tx) => {
    await tx.getRepository(AgencyEntity).insert(DEMO_AGENCIES.map((agency) => ({ ...agency })));
    await tx.getRepository(UserEntity).insert(DEMO_USERS.map((user) => ({ ...user, passwordHash })));

    await tx.getRepository(OrganizationEntity).insert(DEMO_ORGANIZATIONS.map((organization) => ({ ...organization })));
    await tx
      .getRepository(OrganizationAffiliationEntity)
      .insert(DEMO_AFFILIATIONS.map((affiliation) => ({ ...affiliation })));
    await tx.getRepository(SuspectEntity).insert(DEMO_SUSPECTS.map((suspect) => ({ ...suspect })));
    await tx.getRepository(MembershipEntity).insert(DEMO_MEMBERSHIPS.map((membership) => ({ ...membership })));

    await tx
      .getRepository(WarrantEntity)
      .insert(DEMO_WARRANTS.map(({ history: _history, externalRefs: _refs, ...warrant }) => warrant));
    await tx.getRepository(WarrantStatusChangeEntity).insert(
      DEMO_WARRANTS.flatMap((warrant) =>
        warrant.history.map((change) => ({
          id: change.id,
          warrantId: warrant.id,
          status: change.status,
          changedAt: change.changedAt,
          sourceSystem: change.sourceSystem,
          applied: true,
          note: change.note ?? null,
        })),
      ),
    );
    await tx
      .getRepository(WarrantExternalRefEntity)
      .insert(
        DEMO_WARRANTS.flatMap((warrant) =>
          warrant.externalRefs.map((ref) => ({ ...ref, warrantId: warrant.id, ownerAgencyId: warrant.ownerAgencyId })),
        ),
      );

    // before the tips: a web tip names the campaign it came through
    await tx.getRepository(WantedCampaignEntity).insert(DEMO_CAMPAIGNS.map((campaign) => ({ ...campaign })));
    await tx.getRepository(WantedEntryEntity).insert(DEMO_CAMPAIGN_ENTRIES.map((entry) => ({ ...entry })));

    await tx.getRepository(TipEntity).insert(
      DEMO_TIPS.map(({ tipster, subjectIds: _subjects, organizationIds: _organizations, campaignId, ...tip }) => ({
        ...tip,
        campaignId: campaignId ?? null,
        // bound to the tip id, as the tip service seals it
        tipsterSealed: options.cipher.sealJson(normalizedTipster(tipster), tip.id),
      })),
    );
    await tx
      .getRepository(TipSubjectEntity)
      .insert(DEMO_TIPS.flatMap((tip) => tip.subjectIds.map((suspectId) => ({ tipId: tip.id, suspectId }))));
    await tx
      .getRepository(TipOrganizationEntity)
      .insert(
        DEMO_TIPS.flatMap((tip) => tip.organizationIds.map((organizationId) => ({ tipId: tip.id, organizationId }))),
      );

    await tx.getRepository(CaseEntity).insert(DEMO_CASES.map((record) => ({ ...record })));
    await tx.getRepository(CaseLinkEntity).insert(DEMO_CASE_LINKS.map((link) => ({ ...link })));
    await tx.getRepository(AgreementEntity).insert(DEMO_AGREEMENTS.map((terms) => ({ ...terms })));
  });
  return true;
}

/** The same shape the tip service stores: every field present, absent ones null. */
function normalizedTipster(tipster: TipsterIdentity): TipsterIdentity {
  if (tipster.anonymous) return { anonymous: true, name: null, phone: null, email: null };
  return { anonymous: false, name: tipster.name ?? null, phone: tipster.phone ?? null, email: tipster.email ?? null };
}
