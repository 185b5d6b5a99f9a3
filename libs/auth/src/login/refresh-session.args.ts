import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class RefreshSessionArgs {
  @Field({ description: 'The refreshToken of the last AuthPayload of this session (each is good once).' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  refreshToken: string;
}
