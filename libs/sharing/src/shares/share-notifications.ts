import { Injectable } from '@nestjs/common';
import { RequestContext, UsersService } from '@app/auth';
import { RecordType, Role } from '@app/core';
import { LocalizedText, NotificationKind, NotificationsService } from '@app/notifications';
import { ShareEntity, ShareStatus } from './share.entity';
import { SharingRequest } from './sharing-request.type';

const LIAISONS = [Role.LIAISON_OFFICER];

const SPANISH_LABELS: Record<RecordType, string> = {
  [RecordType.SUSPECT]: 'persona',
  [RecordType.ORGANIZATION]: 'organización',
  [RecordType.WARRANT]: 'orden de aprehensión',
  [RecordType.TIP]: 'denuncia',
  [RecordType.CASE]: 'caso',
};

/** The record type as a message names it, in each language. */
function labels(type: RecordType): LocalizedText {
  return { en: type.toLowerCase(), es: SPANISH_LABELS[type] };
}

function utcMinute(at: Date | null): string {
  return `${at?.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * Who hears of each sharing step, told in the step's own transaction: names the agencies, the
 * record's type and handle and the request, never the record's content or the purpose.
 */
@Injectable()
export class ShareNotifications {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly users: UsersService,
  ) {}

  /** The owner's liaison officers: a partner asks for one of their records. */
  async requested(ctx: RequestContext, row: ShareEntity): Promise<void> {
    const recipient = await this.users.agency(ctx, row.recipientAgencyId);
    const label = labels(row.recordType);
    await this.notifications.notify(ctx, {
      ...this.about(row),
      kind: NotificationKind.SHARE_REQUESTED,
      message: {
        en: `${recipient.code} asks for one of your ${label.en} records`,
        es: `${recipient.code} solicita uno de sus registros de ${label.es}`,
      },
      to: { agencyRoles: [{ agencyId: row.providerAgencyId, roles: LIAISONS }] },
    });
  }

  /** The requester and their agency's liaison officers: approved, denied or revoked. */
  async decided(
    ctx: RequestContext,
    row: ShareEntity,
    status: ShareStatus.APPROVED | ShareStatus.DENIED | ShareStatus.REVOKED,
  ): Promise<void> {
    const { code } = await this.users.agency(ctx, row.providerAgencyId);
    const label = labels(row.recordType);
    const message = {
      [ShareStatus.APPROVED]: {
        en: `${code} approved your request for a ${label.en} record`,
        es: `${code} aprobó su solicitud de un registro de ${label.es}`,
      },
      [ShareStatus.DENIED]: {
        en: `${code} denied your request for a ${label.en} record`,
        es: `${code} denegó su solicitud de un registro de ${label.es}`,
      },
      [ShareStatus.REVOKED]: {
        en: `${code} revoked the share of a ${label.en} record`,
        es: `${code} revocó el intercambio de un registro de ${label.es}`,
      },
    }[status];
    await this.notifications.notify(ctx, {
      ...this.about(row),
      kind: status === ShareStatus.REVOKED ? NotificationKind.SHARE_REVOKED : NotificationKind.SHARE_DECIDED,
      message,
      to: { userIds: [row.requestedBy], agencyRoles: [{ agencyId: row.recipientAgencyId, roles: LIAISONS }] },
    });
  }

  /** The recipient's intake officers: a partner referred a tip to them. */
  async tipReferred(ctx: RequestContext, referral: SharingRequest): Promise<void> {
    const provider = await this.users.agency(ctx, referral.providingAgencyId);
    await this.notifications.notify(ctx, {
      kind: NotificationKind.TIP_REFERRED,
      recordType: RecordType.TIP,
      recordId: referral.recordId,
      sharingRequestId: referral.id,
      message: {
        en: `${provider.code} referred a tip to your agency`,
        es: `${provider.code} remitió una denuncia a su agencia`,
      },
      to: { agencyRoles: [{ agencyId: referral.requestingAgencyId, roles: [Role.INTAKE_OFFICER] }] },
    });
  }

  /** Each hit's owner's liaison officers, once a day per record and discovering agency. */
  async discovered(
    ctx: RequestContext,
    recordType: RecordType,
    hits: { id: string; ownerAgencyId: string }[],
  ): Promise<void> {
    if (hits.length === 0) return;
    const discoverer = await this.users.agency(ctx, ctx.agencyId);
    const day = new Date().toISOString().slice(0, 10);
    const label = labels(recordType);
    await this.notifications.notify(
      ctx,
      hits.map((hit) => ({
        kind: NotificationKind.DISCOVERY_HIT,
        recordType,
        recordId: hit.id,
        message: {
          en: `${discoverer.code}'s discovery matched one of your ${label.en} records`,
          es: `La búsqueda de ${discoverer.code} coincidió con uno de sus registros de ${label.es}`,
        },
        to: { agencyRoles: [{ agencyId: hit.ownerAgencyId, roles: LIAISONS }] },
        onceKey: `discovery:${ctx.agencyId}:${hit.id}:${day}`,
      })),
    );
  }

  /** Both sides' liaison officers and the requester, 7 days and again 1 day before an approved share ends. */
  async expiring(
    ctx: RequestContext,
    row: Pick<
      ShareEntity,
      'id' | 'recordType' | 'recordId' | 'providerAgencyId' | 'recipientAgencyId' | 'requestedBy' | 'expiresAt'
    >,
    days: 1 | 7,
  ): Promise<void> {
    const [provider, recipient] = await Promise.all([
      this.users.agency(ctx, row.providerAgencyId),
      this.users.agency(ctx, row.recipientAgencyId),
    ]);
    const label = labels(row.recordType);
    await this.notifications.notify(ctx, {
      ...this.about(row),
      kind: NotificationKind.SHARE_EXPIRING,
      message: {
        en: `The share of a ${label.en} record from ${provider.code} to ${recipient.code} ends on ${utcMinute(row.expiresAt)}`,
        es: `El intercambio de un registro de ${label.es} de ${provider.code} a ${recipient.code} termina el ${utcMinute(row.expiresAt)}`,
      },
      to: {
        userIds: [row.requestedBy],
        agencyRoles: [
          { agencyId: row.providerAgencyId, roles: LIAISONS },
          { agencyId: row.recipientAgencyId, roles: LIAISONS },
        ],
      },
      onceKey: `expiring:${days}:${row.id}`,
    });
  }

  private about(row: Pick<ShareEntity, 'id' | 'recordType' | 'recordId'>) {
    return { recordType: row.recordType, recordId: row.recordId, sharingRequestId: row.id };
  }
}
