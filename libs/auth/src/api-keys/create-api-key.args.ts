import { ArgsType, Field } from '@nestjs/graphql';
import { ArrayMaxSize, IsString, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class CreateApiKeyArgs {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @Field(() => [String])
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  scopes: string[];
}
