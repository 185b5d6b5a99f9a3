import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection, DateTimeScalar, Role } from '@app/core';
import { Agency } from '../agencies/agency.type';

@ObjectType('User')
export class User {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  /** Resolved by UserFieldsResolver. */
  @Field(() => Agency)
  agency?: Agency;

  agencyId: string;

  @Field(() => [Role])
  roles: Role[];

  /** The account's state, where the row was read with it (resolved by UserFieldsResolver otherwise). */
  active?: boolean;
  lastLoginAt?: Date | null;
  language?: string;
}

@ObjectType('UserConnection')
export class UserConnection extends Connection(User, 'User') {}

@ObjectType('UserInvitation', { description: 'The invitation token is shown once: hand it to the person out of band.' })
export class UserInvitation {
  @Field(() => User)
  user: User;

  @Field()
  invitationToken: string;

  @Field(() => DateTimeScalar)
  expiresAt: Date;
}
