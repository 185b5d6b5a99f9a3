import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Agency, Ctx, RequestContext, User, UsersService } from '@app/auth';
import { CaseEvent } from './case-event.type';
import { CaseNote, CaseNoteVersion } from './case-note.type';
import { CaseNoteService } from './case-note.service';
import { personById } from '../records/people';
import { CaseTask } from './case-task.type';
import { CaseTaskService } from './case-task.service';

@Resolver(() => CaseNote)
export class CaseNoteFieldsResolver {
  constructor(private readonly notes: CaseNoteService) {}

  @ResolveField(() => User)
  author(@Ctx() ctx: RequestContext, @Parent() note: CaseNote): Promise<User> {
    return personById(ctx, note.authorId);
  }

  @ResolveField(() => [CaseNoteVersion], { description: 'Every version, oldest first.' })
  versions(@Ctx() ctx: RequestContext, @Parent() note: CaseNote): Promise<CaseNoteVersion[]> {
    return this.notes.versions(ctx, note.id);
  }
}

@Resolver(() => CaseTask)
export class CaseTaskFieldsResolver {
  @ResolveField(() => User)
  assignee(@Ctx() ctx: RequestContext, @Parent() task: CaseTask): Promise<User> {
    return personById(ctx, task.assigneeId);
  }

  @ResolveField(() => User)
  createdBy(@Ctx() ctx: RequestContext, @Parent() task: CaseTask): Promise<User> {
    return personById(ctx, task.createdById);
  }

  @ResolveField(() => User, { nullable: true })
  doneBy(@Ctx() ctx: RequestContext, @Parent() task: CaseTask): Promise<User> | null {
    return task.doneById === null ? null : personById(ctx, task.doneById);
  }
}

@Resolver(() => CaseEvent)
export class CaseEventFieldsResolver {
  constructor(
    private readonly users: UsersService,
    private readonly tasks: CaseTaskService,
  ) {}

  @ResolveField(() => User, { nullable: true })
  actor(@Ctx() ctx: RequestContext, @Parent() event: CaseEvent): Promise<User> | null {
    return event.actorId === null ? null : personById(ctx, event.actorId);
  }

  @ResolveField(() => Agency, { nullable: true })
  agency(@Ctx() ctx: RequestContext, @Parent() event: CaseEvent): Promise<Agency> | null {
    return event.agencyId === null ? null : this.users.agency(ctx, event.agencyId);
  }

  @ResolveField(() => CaseTask, { nullable: true })
  task(@Ctx() ctx: RequestContext, @Parent() event: CaseEvent): Promise<CaseTask | null> | null {
    return event.taskId === null ? null : this.tasks.byId(ctx, event.taskId);
  }
}
