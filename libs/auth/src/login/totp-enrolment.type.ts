import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('TotpEnrolment', {
  description: 'A TOTP secret to put into an authenticator app, then confirm with confirmTotpEnrolment.',
})
export class TotpEnrolment {
  @Field({ description: 'The secret in Base32, for apps that take the key typed in.' })
  secret: string;

  @Field({ description: 'An `otpauth://totp/...` URI, to show as a QR code.' })
  otpauthUri: string;
}
