import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuditAction } from '@app/audit';
import { RequestContext } from '@app/auth';
import { SuspectEntity, SuspectService } from '@app/cases';
import { CampaignService } from './campaign.service';
import { CampaignStatus } from './campaign-status';
import { UNPUBLISHABLE_TLPS } from './publishable';
import { WantedCampaignEntity } from './wanted-campaign.entity';

/**
 * When an owner raises a published suspect's markings past what may be published, the public
 * list drops the entry at once (its query checks the markings); this records it on the record.
 */
@Injectable()
export class PublicationWatch implements OnModuleInit {
  constructor(
    private readonly suspects: SuspectService,
    private readonly campaigns: CampaignService,
  ) {}

  onModuleInit(): void {
    this.suspects.onMarkingsChanged((ctx, suspect) => this.markingsChanged(ctx, suspect));
  }

  private async markingsChanged(ctx: RequestContext, suspect: SuspectEntity): Promise<void> {
    if (!UNPUBLISHABLE_TLPS.includes(suspect.tlp)) return;
    const published = await ctx.manager
      .getRepository(WantedCampaignEntity)
      .createQueryBuilder('c')
      .innerJoin('wanted_entries', 'e', 'e.campaign_id = c.id AND e.suspect_id = :suspectId', { suspectId: suspect.id })
      .where('c.status = :published AND c.owner_agency_id = :owner', {
        published: CampaignStatus.PUBLISHED,
        owner: suspect.ownerAgencyId,
      })
      .getMany();
    for (const campaign of published)
      this.campaigns.auditOnRecord(ctx, AuditAction.SUSPECT_UNPUBLISHED, campaign, suspect.id);
  }
}
