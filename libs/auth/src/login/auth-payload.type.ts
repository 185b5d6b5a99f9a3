import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { User } from '../users/user.type';

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field()
  accessToken: string;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;

  @Field(() => User)
  user: User;
}
