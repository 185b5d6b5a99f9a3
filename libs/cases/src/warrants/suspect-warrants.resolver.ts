import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@app/auth';
import { Suspect } from '../suspects/suspect.type';
import { Warrant } from './warrant.type';
import { WarrantService } from './warrant.service';

/** Suspect.warrants lives with the warrants: it is a warrant query keyed by subject. */
@Resolver(() => Suspect)
export class SuspectWarrantsResolver {
  constructor(private readonly warrantService: WarrantService) {}

  @ResolveField(() => [Warrant], { description: 'Only warrants the viewer may see.' })
  warrants(@Ctx() ctx: RequestContext, @Parent() suspect: Suspect): Promise<Warrant[]> {
    return this.warrantService.bySubject(ctx, suspect.id);
  }
}
