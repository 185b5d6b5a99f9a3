import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Can, Ctx, RequestContext, Transactional } from '@app/auth';
import { CaseNote } from './case-note.type';
import { CaseNoteService } from './case-note.service';
import { CaseParticipationService } from './case-participation.service';
import { AddCaseTaskInput, UpdateCaseTaskInput } from './case-task.inputs';
import { CaseTask } from './case-task.type';
import { CaseTaskService } from './case-task.service';
import { CaseParticipantArgs, CaseRecordArgs } from './case-work.args';
import { CaseService } from './case.service';
import { Case } from './case.type';

/** Working a joint case: its participants (the lead's liaisons), links, notes and tasks (those who contribute). */
@Resolver(() => Case)
export class CaseWorkResolver {
  constructor(
    private readonly cases: CaseService,
    private readonly participation: CaseParticipationService,
    private readonly notes: CaseNoteService,
    private readonly tasks: CaseTaskService,
  ) {}

  @Can('manageParticipants', 'Case')
  @Transactional()
  @Mutation(() => Case, {
    description:
      "The lead agency's liaison officers add an agency to the case (the case's markings must release it there).",
  })
  addCaseParticipant(@Ctx() ctx: RequestContext, @Args() { caseId, agencyId }: CaseParticipantArgs): Promise<Case> {
    return this.participation.add(ctx, caseId, agencyId);
  }

  @Can('manageParticipants', 'Case')
  @Transactional()
  @Mutation(() => Case, {
    description:
      "The lead agency's liaison officers take an agency off the case: it no longer sees it through the case.",
  })
  removeCaseParticipant(@Ctx() ctx: RequestContext, @Args() { caseId, agencyId }: CaseParticipantArgs): Promise<Case> {
    return this.participation.remove(ctx, caseId, agencyId);
  }

  @Can('contribute', 'Case')
  @Transactional()
  @Mutation(() => Case, { description: 'Links one record you may see; a record linked already is a CONFLICT.' })
  linkCaseRecord(@Ctx() ctx: RequestContext, @Args() { caseId, recordType, recordId }: CaseRecordArgs): Promise<Case> {
    return this.cases.link(ctx, caseId, { recordType, recordId });
  }

  @Can('contribute', 'Case')
  @Transactional()
  @Mutation(() => Case, { description: 'Unlinks a record from the case.' })
  unlinkCaseRecord(
    @Ctx() ctx: RequestContext,
    @Args() { caseId, recordType, recordId }: CaseRecordArgs,
  ): Promise<Case> {
    return this.cases.unlink(ctx, caseId, { recordType, recordId });
  }

  @Can('contribute', 'Case')
  @Transactional()
  @Mutation(() => CaseNote, { description: 'Writes a note on a case you work.' })
  addCaseNote(
    @Ctx() ctx: RequestContext,
    @Args('caseId', { type: () => ID, description: "The case's id." }) caseId: string,
    @Args('body', { description: "The note's text." }) body: string,
  ): Promise<CaseNote> {
    return this.notes.add(ctx, caseId, body);
  }

  @Can('contribute', 'Case')
  @Transactional()
  @Mutation(() => CaseNote, {
    description: 'Its author writes a new version; the earlier ones stay (CaseNote.versions).',
  })
  editCaseNote(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: "The note's id." }) id: string,
    @Args('body', { description: 'The new text.' }) body: string,
  ): Promise<CaseNote> {
    return this.notes.edit(ctx, id, body);
  }

  @Can('contribute', 'Case')
  @Transactional()
  @Mutation(() => CaseTask, { description: 'Adds a task to a case you work.' })
  addCaseTask(
    @Ctx() ctx: RequestContext,
    @Args('caseId', { type: () => ID, description: "The case's id." }) caseId: string,
    @Args('input', { description: 'The task.' }) input: AddCaseTaskInput,
  ): Promise<CaseTask> {
    return this.tasks.add(ctx, caseId, input);
  }

  @Can('contribute', 'Case')
  @Transactional()
  @Mutation(() => CaseTask, {
    description: 'Changes a task: its title, assignee, due date, or marks it done or open again.',
  })
  updateCaseTask(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: "The task's id." }) id: string,
    @Args('input', { description: 'What to change.' }) input: UpdateCaseTaskInput,
  ): Promise<CaseTask> {
    return this.tasks.update(ctx, id, input);
  }
}
