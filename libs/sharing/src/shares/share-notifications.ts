import { Injectable } from '@nestjs/common';
import { RequestContext, UsersService } from '@app/auth';
import { RecordType, Role } from '@app/core';
import { NotificationKind, NotificationsService } from '@app/notifications';
import { ShareEntity, ShareStatus } from './share.entity';
import { SharingRequest } from './sharing-request.type';

const LIAISONS = [Role.LIAISON_OFFICER];

function recordLabel(type: RecordType): string {
  return type.toLowerCase();
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
    await this.notifications.notify(ctx, {
      ...this.about(row),
      kind: NotificationKind.SHARE_REQUESTED,
      message: `${recipient.code} asks for one of your ${recordLabel(row.recordType)} records`,
      to: { agencyRoles: [{ agencyId: row.providerAgencyId, roles: LIAISONS }] },
    });
  }

  /** The requester and their agency's liaison officers: approved, denied or revoked. */
  async decided(ctx: RequestContext, row: ShareEntity, status: ShareStatus.APPROVED | ShareStatus.DENIED | ShareStatus.REVOKED): Promise<void> {
    const provider = await this.users.agency(ctx, row.providerAgencyId);
    const what = { [ShareStatus.APPROVED]: 'approved', [ShareStatus.DENIED]: 'denied', [ShareStatus.REVOKED]: 'revoked' }[status];
    await this.notifications.notify(ctx, {
      ...this.about(row),
      kind: status === ShareStatus.REVOKED ? NotificationKind.SHARE_REVOKED : NotificationKind.SHARE_DECIDED,
      message: `${provider.code} ${what} ${status === ShareStatus.REVOKED ? 'the share of' : 'your request for'} a ${recordLabel(row.recordType)} record`,
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
      message: `${provider.code} referred a tip to your agency`,
      to: { agencyRoles: [{ agencyId: referral.requestingAgencyId, roles: [Role.INTAKE_OFFICER] }] },
    });
  }

  /** Each hit's owner's liaison officers, once a day per record and discovering agency. */
  async discovered(ctx: RequestContext, recordType: RecordType, hits: { id: string; ownerAgencyId: string }[]): Promise<void> {
    if (hits.length === 0) return;
    const discoverer = await this.users.agency(ctx, ctx.agencyId);
    const day = new Date().toISOString().slice(0, 10);
    await this.notifications.notify(
      ctx,
      hits.map((hit) => ({
        kind: NotificationKind.DISCOVERY_HIT,
        recordType,
        recordId: hit.id,
        message: `${discoverer.code}'s discovery matched one of your ${recordLabel(recordType)} records`,
        to: { agencyRoles: [{ agencyId: hit.ownerAgencyId, roles: LIAISONS }] },
        onceKey: `discovery:${ctx.agencyId}:${hit.id}:${day}`,
      })),
    );
  }

  /** Both sides' liaison officers and the requester, 7 days and again 1 day before an approved share ends. */
  async expiring(ctx: RequestContext, row: Pick<ShareEntity, 'id' | 'recordType' | 'recordId' | 'providerAgencyId' | 'recipientAgencyId' | 'requestedBy' | 'expiresAt'>, days: 1 | 7): Promise<void> {
    const [provider, recipient] = await Promise.all([this.users.agency(ctx, row.providerAgencyId), this.users.agency(ctx, row.recipientAgencyId)]);
    await this.notifications.notify(ctx, {
      ...this.about(row),
      kind: NotificationKind.SHARE_EXPIRING,
      message: `The share of a ${recordLabel(row.recordType)} record from ${provider.code} to ${recipient.code} ends on ${row.expiresAt?.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
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
