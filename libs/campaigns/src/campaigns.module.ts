import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { AuthModule } from '@app/auth';
import { CasesModule } from '@app/cases';
import { CampaignLinks } from './campaigns/campaign-links';
import { CampaignResolver } from './campaigns/campaign.resolver';
import { CampaignService } from './campaigns/campaign.service';
import { PublicationWatch } from './campaigns/publication-watch';
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
import { formBody } from './public/site/form-body.middleware';
import { PublicSiteController } from './public/site/public-site.controller';

/**
 * Se Busca: wanted campaigns managed by their agency, the public bilingual wanted lists,
 * public tips with receipts (filed as ordinary tips through the cases library), posters,
 * and the public site (/se-busca) that shows the lists and takes tips in a plain HTML form.
 */
@Module({
  imports: [AuthModule, CasesModule],
  controllers: [PosterController, WantedEntryPhotoController, PublicSiteController],
  providers: [
    CampaignLinks,
    CampaignService,
    PublicationWatch,
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
  exports: [CampaignService],
})
export class CampaignsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(formBody()).forRoutes(PublicSiteController);
  }
}
