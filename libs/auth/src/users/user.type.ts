import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@app/core';
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
}
