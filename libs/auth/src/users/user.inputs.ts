import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { IsEmailAddress, Role } from '@app/core';

export const USER_LANGUAGES = ['es', 'en'] as const;

@InputType('CreateUserInput', { description: "A new person of the admin's own agency." })
export class CreateUserInput {
  @Field({ description: 'Their e-mail address: their login, unique across the system.' })
  @IsEmailAddress()
  @MaxLength(254)
  email: string;

  @Field({ description: 'The name shown to others.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName: string;

  @Field(() => [Role], { description: 'What they do in the agency (at least one).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsEnum(Role, { each: true })
  roles: Role[];

  @Field(() => String, {
    nullable: true,
    description: '"es" or "en"; by default the language of the agency\'s country.',
  })
  @IsOptional()
  @IsIn(USER_LANGUAGES)
  language?: string | null;
}

@InputType('UpdateUserInput', { description: 'What to change of a person; what is left out stays.' })
export class UpdateUserInput {
  @Field(() => String, { nullable: true, description: 'The name shown to others.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName?: string | null;

  @Field(() => [Role], {
    nullable: true,
    description: 'Their roles, all of them (replacing the current ones); effective from their next request.',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsEnum(Role, { each: true })
  roles?: Role[] | null;

  @Field(() => String, { nullable: true, description: '"es" or "en": the language of what the system writes to them.' })
  @IsOptional()
  @IsIn(USER_LANGUAGES)
  language?: string | null;
}

@ArgsType()
export class AcceptInvitationArgs {
  @Field({ description: 'The invitation token the admin handed over (or the e-mail carried).' })
  @IsString()
  @MaxLength(200)
  token: string;

  /** Checked by the password policy (length and guessability), never by a validator that would echo it. */
  @Field({ description: 'The new password: at least 12 characters, not a common or easily guessed one.' })
  @IsString()
  password: string;

  /** Only for an account that already has TOTP (a password reset). */
  @Field(() => String, {
    nullable: true,
    description: 'The current TOTP code, for an account that already has TOTP (after a password reset).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  totpCode?: string | null;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field({ description: 'The password in use now.' })
  @IsString()
  @MaxLength(1000)
  currentPassword: string;

  @Field({ description: 'The new one: at least 12 characters, not a common or easily guessed one.' })
  @IsString()
  newPassword: string;
}
