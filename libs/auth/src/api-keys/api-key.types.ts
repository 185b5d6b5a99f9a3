import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@app/core';

@ObjectType('ApiKey')
export class ApiKey {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => [String])
  scopes: string[];

  @Field(() => DateTimeScalar)
  createdAt: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  lastUsedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  revokedAt: Date | null;
}

/** The contract's answer to createApiKey: the secret appears here once and never again. */
@ObjectType('ApiKeyCreated')
export class ApiKeyCreated {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  secret: string;
}
