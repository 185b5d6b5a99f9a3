import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuditAction, changedFields } from '@app/audit';
import { RequestContext, UserEntity } from '@app/auth';
import { AppError, isUuid, newId } from '@app/core';
import { rejectNulls } from '../records/record-queries';
import { requiredText } from '../records/text-fields';
import { CaseEventKind } from './case-event.entity';
import { recordCaseEvent } from './case-events';
import { CaseTaskEntity, CaseTaskStatus } from './case-task.entity';
import { AddCaseTaskInput, UpdateCaseTaskInput } from './case-task.inputs';
import { CaseTask } from './case-task.type';
import { CaseEntity } from './case.entity';
import { CaseService } from './case.service';

/** Tasks on cases: set and changed by those who contribute to a case, for a person of an agency taking part in it. */
@Injectable()
export class CaseTaskService {
  constructor(private readonly cases: CaseService) {}

  async add(ctx: RequestContext, caseId: string, input: AddCaseTaskInput): Promise<CaseTask> {
    const caseRow = await this.cases.records.findForUpdate(ctx, caseId, 'case', 'contribute');
    await this.assertAssignee(ctx, caseRow, input.assigneeId);
    const repository = ctx.manager.getRepository(CaseTaskEntity);
    const id = newId();
    await repository.insert({
      id,
      caseId: caseRow.id,
      title: requiredText('title', input.title),
      assigneeId: input.assigneeId,
      dueOn: input.dueOn ?? null,
      status: CaseTaskStatus.OPEN,
      createdBy: ctx.requiredActor.id,
      doneAt: null,
      doneBy: null,
    });
    await recordCaseEvent(ctx, caseRow, CaseEventKind.TASK_CREATED, { taskId: id });
    return view(await repository.findOneByOrFail({ id }));
  }

  async update(ctx: RequestContext, id: string, input: UpdateCaseTaskInput): Promise<CaseTask> {
    rejectNulls(input, ['title', 'assigneeId', 'status']);
    const repository = ctx.manager.getRepository(CaseTaskEntity);
    const task = isUuid(id) ? await repository.findOneBy({ id }) : null;
    if (!task) throw AppError.notFound('task');
    // The task exists for the actor only where its case does (hidden looks like missing).
    const caseRow = await this.cases.records.findForUpdate(ctx, task.caseId, 'task', 'contribute');
    const changes: Partial<CaseTaskEntity> = {};
    if (input.title != null) changes.title = requiredText('title', input.title);
    if (input.assigneeId != null && input.assigneeId !== task.assigneeId) {
      await this.assertAssignee(ctx, caseRow, input.assigneeId);
      changes.assigneeId = input.assigneeId;
    }
    if (input.dueOn !== undefined) changes.dueOn = input.dueOn;
    const statusChanged = input.status != null && input.status !== task.status;
    if (statusChanged) {
      const done = input.status === CaseTaskStatus.DONE;
      Object.assign(changes, {
        status: input.status,
        doneAt: done ? new Date() : null,
        doneBy: done ? ctx.requiredActor.id : null,
      });
    }
    if (Object.keys(changes).length > 0) await repository.update({ id: task.id }, changes);
    ctx.audit({
      action: AuditAction.CASE_TASK_UPDATED,
      recordType: 'CASE',
      recordId: caseRow.id,
      recordOwnerAgencyId: caseRow.ownerAgencyId,
      changedFields: changedFields(task, changes),
      detail: { taskId: task.id },
    });
    if (statusChanged)
      await recordCaseEvent(
        ctx,
        caseRow,
        input.status === CaseTaskStatus.DONE ? CaseEventKind.TASK_DONE : CaseEventKind.TASK_REOPENED,
        { taskId: task.id },
      );
    return view(await repository.findOneByOrFail({ id: task.id }));
  }

  /** A case's tasks, open ones first, then by due date; batched per request (the case is one the viewer reads, its tasks readable). */
  ofCase(ctx: RequestContext, caseId: string): Promise<CaseTask[]> {
    return ctx
      .loader<string, CaseTask[]>('Case:tasks', async (caseIds) => {
        const rows = await ctx.manager
          .getRepository(CaseTaskEntity)
          .createQueryBuilder('t')
          .where('t.case_id IN (:...caseIds)', { caseIds: [...caseIds] })
          .orderBy('t.status', 'ASC')
          .addOrderBy('t.due_on', 'ASC', 'NULLS LAST')
          .addOrderBy('t.id', 'ASC')
          .getMany();
        return caseIds.map((key) => rows.filter((row) => row.caseId === key).map(view));
      })
      .load(caseId);
  }

  /** A task's one by id (for the timeline), batched per request. */
  byId(ctx: RequestContext, id: string): Promise<CaseTask | null> {
    return ctx
      .loader<string, CaseTask | null>('CaseTask:byId', async (ids) => {
        const rows = await ctx.manager.getRepository(CaseTaskEntity).findBy({ id: In([...ids]) });
        return ids.map((key) => {
          const row = rows.find((candidate) => candidate.id === key);
          return row ? view(row) : null;
        });
      })
      .load(id);
  }

  /** An active person of an agency taking part in the case; anyone else answers as an unknown id. */
  private async assertAssignee(ctx: RequestContext, caseRow: CaseEntity, userId: string): Promise<void> {
    const agencies = [caseRow.ownerAgencyId, caseRow.leadAgencyId, ...caseRow.participatingAgencyIds];
    const found = await ctx.manager
      .getRepository(UserEntity)
      .existsBy({ id: userId, active: true, agencyId: In(agencies) });
    if (!found)
      throw AppError.badInput('assigneeId', `no one of the agencies taking part in this case has the id ${userId}`);
  }
}

function view(row: CaseTaskEntity): CaseTask {
  return {
    id: row.id,
    caseId: row.caseId,
    title: row.title,
    assigneeId: row.assigneeId,
    dueOn: row.dueOn,
    status: row.status,
    createdById: row.createdBy,
    createdAt: row.createdAt,
    doneAt: row.doneAt,
    doneById: row.doneBy,
  };
}
