import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Country } from '@app/core';

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
}
