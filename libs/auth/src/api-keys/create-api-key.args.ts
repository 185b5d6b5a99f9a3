import { ArgsType, Field } from '@nestjs/graphql';
import { ArrayMaxSize, IsString, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class CreateApiKeyArgs {
  @Field({ description: 'What the key is for (shown in apiKeys and the audit log).' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @Field(() => [String], { description: 'What it may do: `warrants:sync` and/or `warrants:read`.' })
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  scopes: string[];
}
