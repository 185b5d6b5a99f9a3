import { EntityManager } from 'typeorm';
import { AgreementEntity } from './agreement.entity';

const IN_FORCE =
  'a.ended_at IS NULL AND a.valid_from <= current_date AND (a.valid_until IS NULL OR a.valid_until >= current_date)';

/** The agreements in force for a recipient agency today, with the recipient agency loaded. */
export function activeAgreementsFor(manager: EntityManager, recipientAgencyId: string): Promise<AgreementEntity[]> {
  return manager
    .getRepository(AgreementEntity)
    .createQueryBuilder('a')
    .innerJoinAndSelect('a.recipientAgency', 'recipient')
    .where('a.recipient_agency_id = :recipientAgencyId', { recipientAgencyId })
    .andWhere(IN_FORCE)
    .getMany();
}

/** The agreement in force from `providerAgencyId` to `recipientAgencyId`, if any (at most one: see AgreementService.create). */
export function agreementInForce(
  manager: EntityManager,
  providerAgencyId: string,
  recipientAgencyId: string,
): Promise<AgreementEntity | null> {
  return manager
    .getRepository(AgreementEntity)
    .createQueryBuilder('a')
    .where('a.provider_agency_id = :providerAgencyId AND a.recipient_agency_id = :recipientAgencyId', {
      providerAgencyId,
      recipientAgencyId,
    })
    .andWhere(IN_FORCE)
    .getOne();
}
