import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@app/core';
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
}
