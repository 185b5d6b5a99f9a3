import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ApiKey')
export class ApiKey {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => [String])
  scopes: string[];

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastUsedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
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
