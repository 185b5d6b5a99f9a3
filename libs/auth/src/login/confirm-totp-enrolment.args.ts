import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, Matches } from 'class-validator';
import { StartTotpEnrolmentArgs } from './start-totp-enrolment.args';

/** The first code from the authenticator confirms the enrolment and logs in. */
@ArgsType()
export class ConfirmTotpEnrolmentArgs extends StartTotpEnrolmentArgs {
  @Field({ description: 'The 6-digit code the authenticator app shows now.' })
  @IsString()
  @Matches(/^[0-9]{6}$/, { message: 'expected a 6-digit code' })
  totpCode: string;
}
