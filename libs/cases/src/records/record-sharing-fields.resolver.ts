import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Agency, Ctx, RequestContext, UsersService } from '@app/auth';
import { RecordSharing } from './record-sharing.type';

@Resolver(() => RecordSharing)
export class RecordSharingFieldsResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => Agency)
  sharedBy(@Ctx() ctx: RequestContext, @Parent() sharing: RecordSharing): Promise<Agency> {
    return this.users.agency(ctx, sharing.providerAgencyId);
  }
}
