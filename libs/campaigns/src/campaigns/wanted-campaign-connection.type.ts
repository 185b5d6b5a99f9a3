import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/core';
import { WantedCampaign } from './wanted-campaign.type';

@ObjectType('WantedCampaignConnection')
export class WantedCampaignConnection extends Connection(WantedCampaign, 'WantedCampaign') {}
