import { RequestContext } from '@app/auth';
import { newId } from '@app/core';
import { CaseEventEntity, CaseEventKind } from './case-event.entity';

type EventDetail = Partial<
  Pick<CaseEventEntity, 'agencyId' | 'recordType' | 'recordId' | 'noteId' | 'taskId' | 'changedFields'>
>;

/** Appends an event to a case's timeline, in the write's transaction, and audits it under the case. */
export async function recordCaseEvent(
  ctx: RequestContext,
  caseRow: { id: string; ownerAgencyId: string },
  kind: CaseEventKind,
  detail: EventDetail = {},
): Promise<void> {
  const event: CaseEventEntity = {
    id: newId(),
    caseId: caseRow.id,
    at: new Date(),
    kind,
    actorId: ctx.requiredActor.id,
    agencyId: detail.agencyId ?? null,
    recordType: detail.recordType ?? null,
    recordId: detail.recordId ?? null,
    noteId: detail.noteId ?? null,
    taskId: detail.taskId ?? null,
    changedFields: detail.changedFields ?? null,
  };
  await ctx.manager.getRepository(CaseEventEntity).insert(event);
  const { changedFields, ...rest } = detail;
  ctx.audit({
    action: `CASE_${kind}`,
    recordType: 'CASE',
    recordId: caseRow.id,
    recordOwnerAgencyId: caseRow.ownerAgencyId,
    changedFields,
    detail: { eventId: event.id, ...rest },
  });
}
