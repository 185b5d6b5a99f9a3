import { Injectable } from '@nestjs/common';
import { RequestContext } from '@app/auth';
import { newId } from '@app/core';
import type { Notice } from '../notifications.service';

/** The outbox: an event's deliveries to the agencies' webhooks, written with its notifications (WebhookDispatcher sends them). */
@Injectable()
export class WebhookDeliveriesService {
  async enqueue(ctx: RequestContext, events: { notice: Notice; agencyIds: string[] }[]): Promise<void> {
    const agencyIds = [...new Set(events.flatMap((event) => event.agencyIds))];
    if (agencyIds.length === 0) return;
    const hooks: { id: string; agency_id: string; code: string }[] = await ctx.manager.query(
      'SELECT w.id, w.agency_id, a.code FROM webhooks w JOIN agencies a ON a.id = w.agency_id WHERE w.agency_id = ANY($1::uuid[]) AND w.deleted_at IS NULL',
      [agencyIds],
    );
    if (hooks.length === 0) return;
    const at = new Date().toISOString();
    const deliveries = events.flatMap(({ notice, agencyIds: reached }) => {
      const eventId = newId();
      // what the agency's people were told, no more
      return hooks
        .filter((hook) => reached.includes(hook.agency_id))
        .map((hook) => ({
          id: newId(),
          hook,
          eventId,
          kind: notice.kind,
          payload: {
            id: eventId,
            kind: notice.kind,
            at,
            agency: hook.code,
            recordType: notice.recordType ?? null,
            recordId: notice.recordId ?? null,
            sharingRequestId: notice.sharingRequestId ?? null,
            message: notice.message.en,
          },
        }));
    });
    if (deliveries.length === 0) return;
    await ctx.manager.query(
      `INSERT INTO webhook_deliveries (id, webhook_id, agency_id, event_id, kind, payload, next_attempt_at)
       SELECT d.*, now() FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::jsonb[]) AS d`,
      [
        deliveries.map((d) => d.id),
        deliveries.map((d) => d.hook.id),
        deliveries.map((d) => d.hook.agency_id),
        deliveries.map((d) => d.eventId),
        deliveries.map((d) => d.kind),
        deliveries.map((d) => JSON.stringify(d.payload)),
      ],
    );
  }
}
