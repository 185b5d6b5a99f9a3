import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Country, Role } from '@app/core';

@ObjectType('Agency')
export class Agency {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => Country)
  country: Country;

  @Field(() => [Role], { description: 'The roles whose members must log in with a TOTP code.' })
  mfaRequiredRoles: Role[];
}
