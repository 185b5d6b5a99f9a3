import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Agency, Ctx, RequestContext, UsersService } from '@app/auth';
import { Organization } from '../organizations/organization.type';
import { Suspect } from '../suspects/suspect.type';
import { Tip } from '../tips/tip.type';
import { Warrant } from '../warrants/warrant.type';
import { CaseLinkService } from './case-link.service';
import { Case } from './case.type';

/** A withheld field stays null; the rest resolve in batches (agencies and each link type). */
@Resolver(() => Case)
export class CaseFieldsResolver {
  constructor(
    private readonly users: UsersService,
    private readonly links: CaseLinkService,
  ) {}

  @ResolveField(() => Agency, { nullable: true })
  leadAgency(@Ctx() ctx: RequestContext, @Parent() record: Case): Promise<Agency> | null {
    return record.leadAgencyId === null ? null : this.users.agency(ctx, record.leadAgencyId);
  }

  @ResolveField(() => [Agency], { nullable: true })
  participatingAgencies(@Ctx() ctx: RequestContext, @Parent() record: Case): Promise<Agency[]> | null {
    return record.participatingAgencyIds === null ? null : Promise.all(record.participatingAgencyIds.map((id) => this.users.agency(ctx, id)));
  }

  @ResolveField(() => [Suspect], { nullable: true, description: 'Only suspects the viewer may see.' })
  suspects(@Ctx() ctx: RequestContext, @Parent() record: Case): Promise<Suspect[]> | null {
    return record.suspects === null ? null : this.links.suspects(ctx, record.id);
  }

  @ResolveField(() => [Organization], { nullable: true, description: 'Only organizations the viewer may see.' })
  organizations(@Ctx() ctx: RequestContext, @Parent() record: Case): Promise<Organization[]> | null {
    return record.organizations === null ? null : this.links.organizations(ctx, record.id);
  }

  @ResolveField(() => [Warrant], { nullable: true, description: 'Only warrants the viewer may see.' })
  warrants(@Ctx() ctx: RequestContext, @Parent() record: Case): Promise<Warrant[]> | null {
    return record.warrants === null ? null : this.links.warrants(ctx, record.id);
  }

  @ResolveField(() => [Tip], { nullable: true, description: 'Only tips the viewer may see.' })
  tips(@Ctx() ctx: RequestContext, @Parent() record: Case): Promise<Tip[]> | null {
    return record.tips === null ? null : this.links.tips(ctx, record.id);
  }
}
