import { Field, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@app/core';
import { User } from '../users/user.type';

@ObjectType('AuthPayload', { description: 'A new session: the tokens to send, and who you are.' })
export class AuthPayload {
  @Field({
    description: 'Send as `Authorization: Bearer <accessToken>` on every request; short-lived (see expiresAt).',
  })
  accessToken: string;

  @Field(() => DateTimeScalar, {
    description: 'When the access token stops working: renew it before with refreshSession.',
  })
  expiresAt: Date;

  @Field({
    description:
      'Renews the session once (refreshSession); each answer carries the next one. Keep it secret, like a password.',
  })
  refreshToken: string;

  @Field(() => DateTimeScalar, {
    description: 'When the session ends for good: no refresh renews it past this; log in again then.',
  })
  sessionExpiresAt: Date;

  @Field(() => User, { description: 'The person logged in.' })
  user: User;
}
