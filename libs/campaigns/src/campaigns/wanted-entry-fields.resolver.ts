import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@app/auth';
import { Suspect, SuspectService } from '@app/cases';
import { WantedEntry } from './wanted-entry.type';

@Resolver(() => WantedEntry)
export class WantedEntryFieldsResolver {
  constructor(private readonly suspects: SuspectService) {}

  @ResolveField(() => Suspect, {
    nullable: true,
    description: 'Null where you may not (or no longer) see the suspect.',
  })
  suspect(@Ctx() ctx: RequestContext, @Parent() entry: WantedEntry): Promise<Suspect | null> {
    return this.suspects.load(ctx, entry.suspectId);
  }
}
