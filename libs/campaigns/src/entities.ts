import { WantedCampaignEntity } from './campaigns/wanted-campaign.entity';
import { WantedEntryEntity } from './campaigns/wanted-entry.entity';
import { PublicTipReceiptEntity } from './public/public-tip-receipt.entity';

/** Listed explicitly: globs do not survive a bundle. */
export const CAMPAIGNS_ENTITIES = [WantedCampaignEntity, WantedEntryEntity, PublicTipReceiptEntity];
