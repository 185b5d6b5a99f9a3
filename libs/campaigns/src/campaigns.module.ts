import { Module } from '@nestjs/common';
import { AuthModule } from '@app/auth';
import { CasesModule } from '@app/cases';
import { CampaignLinks } from './campaigns/campaign-links';
import { CampaignResolver } from './campaigns/campaign.resolver';
import { CampaignService } from './campaigns/campaign.service';
import { WantedCampaignFieldsResolver } from './campaigns/wanted-campaign-fields.resolver';
import { WantedEntryFieldsResolver } from './campaigns/wanted-entry-fields.resolver';
import { WantedEntryResolver } from './campaigns/wanted-entry.resolver';
import { WantedEntryService } from './campaigns/wanted-entry.service';
import { WantedEntryPhotoController } from './photos/wanted-entry-photo.controller';
import { WantedEntryPhotoService } from './photos/wanted-entry-photo.service';
import { PosterController } from './posters/poster.controller';
import { PosterService } from './posters/poster.service';
import { PublicCampaignResolver } from './public/public-campaign.resolver';
import { PublicCampaignService } from './public/public-campaign.service';
import { PublicTipService } from './public/public-tip.service';

/**
 * Se Busca: wanted campaigns managed by their agency, the public bilingual wanted lists,
 * public tips with receipts (filed as ordinary tips through the cases library) and posters.
 */
@Module({
  imports: [AuthModule, CasesModule],
  controllers: [PosterController, WantedEntryPhotoController],
  providers: [
    CampaignLinks,
    CampaignService,
    CampaignResolver,
    WantedCampaignFieldsResolver,
    WantedEntryService,
    WantedEntryResolver,
    WantedEntryFieldsResolver,
    PublicCampaignService,
    PublicTipService,
    PublicCampaignResolver,
    PosterService,
    WantedEntryPhotoService,
  ],
})
export class CampaignsModule {}
