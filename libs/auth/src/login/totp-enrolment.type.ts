import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('TotpEnrolment')
export class TotpEnrolment {
  /** Base32, for authenticator apps that take the key by hand. */
  @Field()
  secret: string;

  /** `otpauth://totp/...`, for a QR code. */
  @Field()
  otpauthUri: string;
}
