import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { RequestContext, whereAccessible } from '@app/auth';
import {
  AppError,
  ConnectionShape,
  emptyConnection,
  isUuid,
  keysetPage,
  newId,
  PageArgs,
  RecordType,
  Role,
} from '@app/core';
import { NotificationEntity } from './notification.entity';
import { NotificationKind } from './notification-kind';
import { WebhookDeliveriesService } from './webhooks/webhook-deliveries.service';

/** A message in the two languages of the system's people. */
export interface LocalizedText {
  en: string;
  es: string;
}

/** What to tell whom: it names the record and the request; the message never carries more than every recipient may read. */
export interface Notice {
  kind: NotificationKind;
  recordType?: RecordType | null;
  recordId?: string | null;
  sharingRequestId?: string | null;
  /** In each recipient's language (User.language); webhooks get the English one. */
  message: LocalizedText;
  /** People by id, and the members of agencies with one of the roles; disabled people never. */
  to: { userIds?: (string | null)[]; agencyRoles?: { agencyId: string; roles: Role[] }[] };
  /** Sent once per person and key (a later notice with the same key is dropped). */
  onceKey?: string;
}

const MAX_MARKED = 100;

/**
 * Notifications: written in the transaction of what caused them (`notify`, called by the
 * libraries where things happen), heard by every instance after the commit (NotificationHub),
 * listed and marked read by their recipient.
 */
@Injectable()
export class NotificationsService {
  constructor(private readonly webhooks: WebhookDeliveriesService) {}

  /**
   * Writes one notification per notice and recipient (and the agencies' webhook deliveries) in
   * `ctx`'s transaction: one statement to find the recipients of all the notices, one to write.
   */
  async notify(ctx: RequestContext, notices: Notice | Notice[]): Promise<number> {
    const list = Array.isArray(notices) ? notices : [notices];
    const targets = list.flatMap((notice, index) => [
      ...(notice.to.userIds ?? [])
        .filter((id): id is string => !!id)
        .map((userId) => ({ index, userId, agencyId: null, roles: null })),
      ...(notice.to.agencyRoles ?? []).map(({ agencyId, roles }) => ({
        index,
        userId: null,
        agencyId,
        roles: roles.join(','),
      })),
    ]);
    if (targets.length === 0) return 0;
    const recipients: { idx: number; id: string; agency_id: string; language: string }[] = await ctx.manager.query(
      `SELECT DISTINCT t.idx, u.id, u.agency_id, u.language
         FROM unnest($1::int[], $2::uuid[], $3::uuid[], $4::text[]) AS t(idx, user_id, agency_id, roles)
         JOIN users u ON u.active AND (u.id = t.user_id OR (u.agency_id = t.agency_id AND u.roles && string_to_array(t.roles, ',')::role[]))
        ORDER BY t.idx, u.id`,
      [
        targets.map((t) => t.index),
        targets.map((t) => t.userId),
        targets.map((t) => t.agencyId),
        targets.map((t) => t.roles),
      ],
    );
    if (recipients.length === 0) return 0;
    const rows = recipients.map((r) => ({
      id: newId(),
      notice: list[r.idx],
      userId: r.id,
      agencyId: r.agency_id,
      message: r.language === 'es' ? list[r.idx].message.es : list[r.idx].message.en,
    }));
    const written: { id: string }[] = await ctx.manager.query(
      `INSERT INTO notifications (id, recipient_user_id, agency_id, kind, record_type, record_id, sharing_request_id, message, once_key)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::notification_kind[], $5::record_type[], $6::uuid[], $7::uuid[], $8::text[], $9::text[])
       ON CONFLICT (recipient_user_id, once_key) WHERE once_key IS NOT NULL DO NOTHING
       RETURNING id`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.userId),
        rows.map((r) => r.agencyId),
        rows.map((r) => r.notice.kind),
        rows.map((r) => r.notice.recordType ?? null),
        rows.map((r) => r.notice.recordId ?? null),
        rows.map((r) => r.notice.sharingRequestId ?? null),
        rows.map((r) => r.message),
        rows.map((r) => r.notice.onceKey ?? null),
      ],
    );
    const kept = new Set(written.map((row) => row.id));
    // each notice once per agency whose people it reached
    const reached = new Map<Notice, Set<string>>();
    for (const row of rows.filter((r) => kept.has(r.id)))
      reached.set(row.notice, (reached.get(row.notice) ?? new Set()).add(row.agencyId));
    await this.webhooks.enqueue(
      ctx,
      [...reached].map(([notice, agencies]) => ({ notice, agencyIds: [...agencies] })),
    );
    return written.length;
  }

  /** The actor's own notifications, newest first. */
  list(ctx: RequestContext, unreadOnly: boolean, args: PageArgs): Promise<ConnectionShape<NotificationEntity>> {
    const qb = ctx.manager.getRepository(NotificationEntity).createQueryBuilder('n');
    if (!whereAccessible(qb, ctx.ability, 'read', 'Notification'))
      return Promise.resolve(emptyConnection<NotificationEntity>(args));
    if (unreadOnly) qb.andWhere('n.read_at IS NULL');
    return keysetPage(qb, { cursors: ctx.cursors, list: 'Notification', idSql: 'n.id', args, count: async () => 0 });
  }

  /** Marks the actor's own notifications among `ids` read; returns how many were unread. Others' ids count as unknown. */
  async markRead(ctx: RequestContext, ids: string[]): Promise<number> {
    if (ids.length > MAX_MARKED) throw AppError.badInput('ids', `at most ${MAX_MARKED} at once`);
    const known = ids.filter(isUuid);
    if (known.length === 0) return 0;
    const qb = ctx.manager
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .select('n.id')
      .where({ id: In(known) })
      .andWhere('n.read_at IS NULL');
    if (!whereAccessible(qb, ctx.ability, 'update', 'Notification')) return 0;
    const mine = (await qb.getMany()).map((row) => row.id);
    if (mine.length > 0)
      await ctx.manager.getRepository(NotificationEntity).update({ id: In(mine) }, { readAt: new Date() });
    ctx.audit({ action: 'NOTIFICATIONS_READ', detail: { count: mine.length } });
    return mine.length;
  }
}
