import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@app/auth';
import { SuspectService } from '../suspects/suspect.service';
import { Suspect } from '../suspects/suspect.type';
import { WarrantDetailsService } from './warrant-details.service';
import { ExternalRef, Warrant, WarrantStatusChange } from './warrant.type';

@Resolver(() => Warrant)
export class WarrantFieldsResolver {
  constructor(
    private readonly suspects: SuspectService,
    private readonly details: WarrantDetailsService,
  ) {}

  @ResolveField(() => Suspect, {
    nullable: true,
    description: 'Null where withheld or where the viewer may not see the suspect.',
  })
  subject(@Ctx() ctx: RequestContext, @Parent() warrant: Warrant): Promise<Suspect | null> | null {
    return warrant.subjectId === null ? null : this.suspects.load(ctx, warrant.subjectId);
  }

  @ResolveField(() => [WarrantStatusChange], {
    nullable: true,
    description: 'Oldest first, including updates recorded but not applied.',
  })
  statusHistory(@Ctx() ctx: RequestContext, @Parent() warrant: Warrant): Promise<WarrantStatusChange[]> | null {
    return warrant.statusHistory === null ? null : this.details.statusHistory(ctx, warrant.id);
  }

  @ResolveField(() => [ExternalRef], { nullable: true })
  externalRefs(@Ctx() ctx: RequestContext, @Parent() warrant: Warrant): Promise<ExternalRef[]> | null {
    return warrant.externalRefs === null ? null : this.details.externalRefs(ctx, warrant.id);
  }
}
