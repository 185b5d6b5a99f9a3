import { Field, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@app/core';
import { User } from '../users/user.type';

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field()
  accessToken: string;

  @Field(() => DateTimeScalar)
  expiresAt: Date;

  /** Renews the session once (`refreshSession`): each answer carries the next one. */
  @Field()
  refreshToken: string;

  /** No refresh renews the session past this. */
  @Field(() => DateTimeScalar)
  sessionExpiresAt: Date;

  @Field(() => User)
  user: User;
}
