import { Injectable } from '@nestjs/common';
import { RequestContext } from '@app/auth';
import { MembershipRole } from '../records/record-enums';
import { SuspectService } from '../suspects/suspect.service';
import { MembershipEntity } from './membership.entity';
import { Member } from './organization.type';
import { OrganizationService } from './organization.service';

/**
 * An organization's members. Kept apart from OrganizationService because it needs
 * SuspectService, which itself injects OrganizationService.
 */
@Injectable()
export class OrganizationMemberService {
  constructor(
    private readonly suspects: SuspectService,
    private readonly organizations: OrganizationService,
  ) {}

  /**
   * Members whose suspect the viewer may see, batched per request. A membership is one link
   * seen from two records: it shows only where the viewer may read both the suspect's
   * `memberships` and the organization's `members` (either owner withholding it hides it).
   */
  members(ctx: RequestContext, organizationId: string): Promise<Member[]> {
    return ctx
      .loader<string, Member[]>('Organization:members', async (organizationIds) => {
        // `r` is the member suspect: only visible ones join
        const qb = this.suspects.records.visible(ctx);
        if (qb) {
          this.suspects.records.whereReadable(ctx, qb, ['memberships']);
          qb.innerJoin(MembershipEntity, 'm', 'm.suspect_id = r.id');
          this.organizations.records.joinWhereReadable(ctx, qb, 'o', 'o.id = m.organization_id', 'members');
        }
        const rows = qb
          ? await qb
              .andWhere('m.organization_id IN (:...organizationIds)', { organizationIds: [...organizationIds] })
              .select([
                'm.organization_id AS organization_id',
                'm.suspect_id AS suspect_id',
                'm.role AS role',
                'm.since AS since',
              ])
              .orderBy('m.created_at')
              .addOrderBy('m.suspect_id')
              .addOrderBy('m.role')
              .getRawMany<{ organization_id: string; suspect_id: string; role: MembershipRole; since: string | null }>()
          : [];
        const byOrganization = new Map<string, Member[]>(organizationIds.map((key) => [key, []]));
        for (const row of rows) {
          byOrganization
            .get(row.organization_id)
            ?.push({ suspectId: row.suspect_id, role: row.role, since: row.since });
        }
        return organizationIds.map((key) => byOrganization.get(key) ?? []);
      })
      .load(organizationId);
  }
}
