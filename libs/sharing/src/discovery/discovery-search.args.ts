import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@ArgsType()
export class DiscoverySearchArgs {
  @Field({ description: 'A name or alias; matched accent-insensitively and typo-tolerantly, only on the keys the agreement allows for discovery.' })
  @IsString()
  @MaxLength(200)
  search: string;
}
