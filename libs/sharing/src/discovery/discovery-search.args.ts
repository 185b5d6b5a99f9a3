import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@ArgsType()
export class DiscoverySearchArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  search: string;
}
