import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@app/core';

@ObjectType('ApiKey', {
  description:
    'An API key of your agency, for integration scripts (send it as `X-API-Key`). The secret is never shown again.',
})
export class ApiKey {
  @Field(() => ID, { description: "The key's id (a UUID), for revokeApiKey." })
  id: string;

  @Field({ description: 'What the key is for, as its admin named it.' })
  name: string;

  @Field(() => [String], {
    description:
      "What it may do: `warrants:sync` (syncWarrantStatuses), `warrants:read` (warrant, warrants, warrantChanges), for its agency's warrants.",
  })
  scopes: string[];

  @Field(() => DateTimeScalar, { description: 'When it was created.' })
  createdAt: Date;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it last authenticated a request; null if never used.',
  })
  lastUsedAt: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it was revoked (it no longer works); null while it works.',
  })
  revokedAt: Date | null;
}

@ObjectType('ApiKeyCreated', {
  description: 'A new API key with its secret, which this answer shows once and never again.',
})
export class ApiKeyCreated {
  @Field(() => ID, { description: "The key's id (a UUID)." })
  id: string;

  @Field({ description: 'The name given.' })
  name: string;

  @Field({ description: 'The secret to send as the `X-API-Key` header. Shown only here: store it now.' })
  secret: string;
}
