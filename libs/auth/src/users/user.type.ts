import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection, DateTimeScalar, Role } from '@app/core';
import { Agency } from '../agencies/agency.type';

@ObjectType('User', { description: 'A person with a login at an agency.' })
export class User {
  @Field(() => ID, { description: "The person's id (a UUID)." })
  id: string;

  @Field({ description: 'Their e-mail address: their login.' })
  email: string;

  @Field({ description: 'Their name as others see it (case notes, tasks, the audit log).' })
  displayName: string;

  /** Resolved by UserFieldsResolver. */
  @Field(() => Agency, { description: 'The agency they act for.' })
  agency?: Agency;

  agencyId: string;

  @Field(() => [Role], { description: 'Their roles at their agency: what they may do.' })
  roles: Role[];

  /** The account's state, where the row was read with it (resolved by UserFieldsResolver otherwise). */
  active?: boolean;
  lastLoginAt?: Date | null;
  language?: string;
}

@ObjectType('UserConnection', { description: "A page of the agency's people." })
export class UserConnection extends Connection(User, 'User') {}

@ObjectType('UserInvitation', { description: 'The invitation token is shown once: hand it to the person out of band.' })
export class UserInvitation {
  @Field(() => User, { description: 'The person invited (no password until they accept).' })
  user: User;

  @Field({ description: 'Shown once, stored only as a hash: usable once, until expiresAt (acceptInvitation).' })
  invitationToken: string;

  @Field(() => DateTimeScalar, { description: 'The end of the 72 hours the invitation can be accepted in.' })
  expiresAt: Date;
}
