import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/core';
import { WantedCampaign } from './wanted-campaign.type';

@ObjectType('WantedCampaignConnection', { description: 'A page of wanted campaigns.' })
export class WantedCampaignConnection extends Connection(WantedCampaign, 'WantedCampaign') {}
