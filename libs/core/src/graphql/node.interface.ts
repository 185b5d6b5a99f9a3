import { Field, ID, InterfaceType } from '@nestjs/graphql';

/**
 * Relay's `Node`: a record that `node(id:)` finds by its id alone. Record ids are UUIDs,
 * unique across every table (version 7, random), so the global id is the record's own id.
 */
@InterfaceType('Node', {
  description:
    "Anything `node(id:)` and `nodes(ids:)` find by its id alone (Relay). The id is the record's own UUID, unique across all types, so `Suspect.id` is also its global id; ask for `__typename` to learn the type.",
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class RelayNode {
  @Field(() => ID, {
    description:
      "The record's id (a UUID, unique across all types): what node(id:) and the type's own lookup (`suspect(id:)`, ...) take.",
  })
  id: string;
}
