export * from './campaigns.module';
export * from './campaigns/campaign-status';
// For node(id:) in the app: the campaign lookup.
export { CampaignService } from './campaigns/campaign.service';
export * from './campaigns/wanted-campaign.entity';
export * from './campaigns/wanted-entry.entity';
export * from './public/public-tip-receipt.entity';
export * from './entities';
export * from './campaigns/entry-build';
export { NO_DESCRIPTION } from './campaigns/wanted-entry-description';
