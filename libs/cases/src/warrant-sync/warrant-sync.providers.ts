import { WarrantChangeFeedService } from './warrant-change-feed.service';
import { WarrantSyncResolver } from './warrant-sync.resolver';
import { WarrantSyncService } from './warrant-sync.service';

export const WARRANT_SYNC_PROVIDERS = [WarrantSyncService, WarrantChangeFeedService, WarrantSyncResolver];
