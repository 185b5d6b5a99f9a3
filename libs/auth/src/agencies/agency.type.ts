import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Country, Role } from '@app/core';

@ObjectType('Agency', {
  description: 'A law-enforcement agency: it owns records, and its people and API keys act for it.',
})
export class Agency {
  @Field(() => ID, { description: "The agency's id (a UUID)." })
  id: string;

  @Field({ description: 'Its short code, e.g. HSI, FGR, FGE-CHIH: unique, and what people and the console show.' })
  code: string;

  @Field({ description: 'Its full name, e.g. Fiscalía General de la República.' })
  name: string;

  @Field(() => Country, {
    description: "The country it belongs to (US or MX): a record's REL TO is checked against it.",
  })
  country: Country;

  @Field(() => [Role], { description: 'The roles whose members must log in with a TOTP code.' })
  mfaRequiredRoles: Role[];
}
