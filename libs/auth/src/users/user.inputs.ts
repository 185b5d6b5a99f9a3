import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { IsEmailAddress, Role } from '@app/core';

export const USER_LANGUAGES = ['es', 'en'] as const;

@InputType('CreateUserInput')
export class CreateUserInput {
  @Field()
  @IsEmailAddress()
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName: string;

  @Field(() => [Role])
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsEnum(Role, { each: true })
  roles: Role[];

  @Field(() => String, { nullable: true, description: '"es" or "en"; by default the language of the agency\'s country.' })
  @IsOptional()
  @IsIn(USER_LANGUAGES)
  language?: string | null;
}

@InputType('UpdateUserInput')
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName?: string | null;

  @Field(() => [Role], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsEnum(Role, { each: true })
  roles?: Role[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(USER_LANGUAGES)
  language?: string | null;
}

@ArgsType()
export class AcceptInvitationArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  token: string;

  /** Checked by the password policy (length and guessability), never by a validator that would echo it. */
  @Field()
  @IsString()
  password: string;

  /** Only for an account that already has TOTP (a password reset). */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  totpCode?: string | null;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field()
  @IsString()
  @MaxLength(1000)
  currentPassword: string;

  @Field()
  @IsString()
  newPassword: string;
}
