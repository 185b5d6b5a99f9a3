import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Agency, Ctx, RequestContext, UsersService } from '@app/auth';
import { RecordNode } from './record.interface';

/** Fields every record type resolves the same way. */
@Resolver(() => RecordNode)
export class RecordFieldsResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => Agency)
  ownerAgency(@Ctx() ctx: RequestContext, @Parent() record: RecordNode): Promise<Agency> {
    return this.users.agency(ctx, record.ownerAgencyId);
  }
}
