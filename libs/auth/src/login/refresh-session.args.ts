import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class RefreshSessionArgs {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  refreshToken: string;
}
