import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { User } from '../users/user.type';

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field()
  accessToken: string;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;

  /** Renews the session once (`refreshSession`): each answer carries the next one. */
  @Field()
  refreshToken: string;

  /** No refresh renews the session past this. */
  @Field(() => GraphQLISODateTime)
  sessionExpiresAt: Date;

  @Field(() => User)
  user: User;
}
