import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, Matches } from 'class-validator';
import { StartTotpEnrolmentArgs } from './start-totp-enrolment.args';

/** Email and password (the same credentials enrolment asks for), plus a code where TOTP is on. */
@ArgsType()
export class LoginArgs extends StartTotpEnrolmentArgs {
  @Field({
    nullable: true,
    description:
      'The 6-digit code of your authenticator app; required when TOTP is enabled for the account (without it, login answers TOTP_REQUIRED).',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9]{6}$/, { message: 'expected a 6-digit code' })
  totpCode?: string;
}
