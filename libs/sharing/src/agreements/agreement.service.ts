import { Injectable } from '@nestjs/common';
import { AuditAction } from '@app/audit';
import { AgencyEntity, RequestContext, whereAccessible } from '@app/auth';
import { AppError, assertShareableFields, isUuid, newId, RecordType } from '@app/core';
import { ShareEntity, ShareStatus } from '../shares/share.entity';
import { discoveryKeysOf } from '../shares/share-terms';
import { AgreementEntity } from './agreement.entity';
import { CreateAgreementInput, RecordFieldsInput } from './agreement.inputs';
import { Agreement } from './agreement.type';

@Injectable()
export class AgreementService {
  view(row: AgreementEntity): Agreement {
    return {
      ...row,
      withheldFields: Object.entries(row.withheldFields).map(([recordType, fields]) => ({
        recordType: recordType as RecordType,
        fields: fields ?? [],
      })),
      discoveryKeys: row.recordTypes.map((recordType) => ({ recordType, fields: discoveryKeysOf(row, recordType) })),
    };
  }

  /** The agreements the actor's agency is a party to, either side. */
  async list(ctx: RequestContext): Promise<Agreement[]> {
    const qb = ctx.manager.getRepository(AgreementEntity).createQueryBuilder('a');
    if (!whereAccessible(qb, ctx.ability, 'read', 'Agreement')) return [];
    const rows = await qb.orderBy('a.created_at', 'DESC').addOrderBy('a.id', 'DESC').getMany();
    return rows.map((row) => this.view(row));
  }

  async create(ctx: RequestContext, input: CreateAgreementInput): Promise<Agreement> {
    const recipient = await ctx.manager.getRepository(AgencyEntity).findOneBy({ id: input.recipientAgencyId });
    if (!recipient) throw AppError.badInput('recipientAgencyId', 'unknown agency');
    if (recipient.id === ctx.agencyId)
      throw AppError.badInput('recipientAgencyId', 'an agency does not need an agreement with itself');
    const today = new Date().toISOString().slice(0, 10);
    const validFrom = input.validFrom ?? today;
    if (input.validUntil && input.validUntil < validFrom)
      throw AppError.badInput('validUntil', 'must not be before validFrom');
    const row: AgreementEntity = ctx.manager.getRepository(AgreementEntity).create({
      id: newId(),
      providerAgencyId: ctx.agencyId,
      recipientAgencyId: recipient.id,
      recordTypes: [...new Set(input.recordTypes)],
      maxTlp: input.maxTlp,
      withheldFields: fieldsByType(input.withheldFields, 'withheldFields'),
      discoveryKeys: fieldsByType(input.discoveryKeys, 'discoveryKeys'),
      discoveryAllowed: input.discoveryAllowed ?? false,
      approvalRequired: input.approvalRequired,
      maxShareDays: input.maxShareDays ?? null,
      permittedUses: [...new Set(input.permittedUses)],
      onwardSharingAllowed: input.onwardSharingAllowed ?? false,
      validFrom,
      validUntil: input.validUntil ?? null,
      endedAt: null,
      createdBy: ctx.requiredActor.id,
    });
    ctx.assertCan('create', 'Agreement', row, 'agreement');
    // One agreement in force per direction between two agencies: the policy must be unambiguous.
    const inForce = await ctx.manager
      .getRepository(AgreementEntity)
      .createQueryBuilder('a')
      .where('a.provider_agency_id = :provider AND a.recipient_agency_id = :recipient AND a.ended_at IS NULL', {
        provider: row.providerAgencyId,
        recipient: row.recipientAgencyId,
      })
      .select('a.id')
      .setLock('pessimistic_write')
      .getRawMany();
    if (inForce.length > 0)
      throw AppError.conflict('An agreement with this recipient is already in force: end it first');
    await ctx.manager.getRepository(AgreementEntity).insert(row);
    ctx.audit({
      action: AuditAction.AGREEMENT_CREATED,
      recordOwnerAgencyId: row.providerAgencyId,
      detail: agreementTerms(row),
    });
    return this.view(row);
  }

  /** Ends an agreement at once: standing access and every share it carried stop in the next query. */
  async end(ctx: RequestContext, id: string): Promise<Agreement> {
    const row = isUuid(id)
      ? await ctx.manager.getRepository(AgreementEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!row || !ctx.can('read', 'Agreement', row)) throw AppError.notFound('agreement');
    ctx.assertCan('update', 'Agreement', row, 'agreement');
    if (row.endedAt) throw AppError.conflict('The agreement has already ended');
    row.endedAt = new Date();
    await ctx.manager.getRepository(AgreementEntity).update({ id }, { endedAt: row.endedAt });
    // The shares it carried end with it, as do those passed on under it; open requests are denied.
    const ended = { decisionReason: 'The agreement ended', decidedBy: ctx.requiredActor.id, decidedAt: row.endedAt };
    const closed: Record<string, number> = {};
    for (const [from, to] of [
      [ShareStatus.APPROVED, ShareStatus.REVOKED],
      [ShareStatus.PENDING, ShareStatus.DENIED],
    ]) {
      const result = await ctx.manager
        .createQueryBuilder()
        .update(ShareEntity)
        .set({ ...ended, status: to })
        .where('status = :from AND (agreement_id = :id OR upstream_agreement_id = :id)', { from, id })
        .execute();
      closed[to === ShareStatus.REVOKED ? 'sharesRevoked' : 'requestsDenied'] = result.affected ?? 0;
    }
    ctx.audit({
      action: AuditAction.AGREEMENT_ENDED,
      recordOwnerAgencyId: row.providerAgencyId,
      detail: { agreementId: row.id, recipientAgencyId: row.recipientAgencyId, ...closed },
    });
    return this.view(row);
  }
}

/** Field names per record type, each one a shareable field of its type (else BAD_USER_INPUT naming it). */
function fieldsByType(
  inputs: RecordFieldsInput[] | null | undefined,
  argument: string,
): Partial<Record<RecordType, string[]>> {
  const byType: Partial<Record<RecordType, string[]>> = {};
  for (const input of inputs ?? []) {
    assertShareableFields(input.recordType, input.fields, `${argument}.fields`);
    byType[input.recordType] = [...new Set([...(byType[input.recordType] ?? []), ...input.fields])];
  }
  return byType;
}

/** What an agreement allows, for its audit entry. */
function agreementTerms(row: AgreementEntity): Record<string, unknown> {
  return {
    agreementId: row.id,
    recipientAgencyId: row.recipientAgencyId,
    recordTypes: row.recordTypes,
    maxTlp: row.maxTlp,
    withheldFields: row.withheldFields,
    discoveryAllowed: row.discoveryAllowed,
    discoveryKeys: row.discoveryKeys,
    approvalRequired: row.approvalRequired,
    maxShareDays: row.maxShareDays,
    permittedUses: row.permittedUses,
    onwardSharingAllowed: row.onwardSharingAllowed,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
  };
}
