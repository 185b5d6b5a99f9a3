import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { IsEmailAddress } from '@app/core';

/** Enrolment asks for the password again: a second factor is only added by who knows the first. */
@ArgsType()
export class StartTotpEnrolmentArgs {
  @Field({ description: 'Your e-mail address (your login).' })
  @IsString()
  @MaxLength(254)
  @IsEmailAddress()
  email: string;

  @Field({ description: 'Your password.' })
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password: string;
}
