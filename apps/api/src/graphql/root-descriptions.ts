import { GraphQLObjectType, GraphQLSchema } from 'graphql';

const DESCRIPTIONS = {
  query:
    "Reads. Each needs a login (`Authorization: Bearer <accessToken>`, or `X-API-Key` within the key's scopes) unless it says it needs none; a record you may not see answers like an unknown id.",
  mutation:
    'Writes, each recorded in the audit log. Each needs a login unless it says it needs none (logging in, and the public Se Busca operations). Errors carry `extensions.code`: UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT, NOT_FOUND, CONFLICT, RATE_LIMITED.',
  subscription: 'Live events over graphql-ws on /graphql (connectionParams `{ authorization: "Bearer ..." }`).',
} as const;

/**
 * The root operation types have no decorator in code-first (@nestjs/graphql builds them from
 * the resolvers): this gives them their descriptions on the built schema (`transformSchema`).
 * Nothing else refers to a root type, so each is replaced by a copy with its description.
 */
export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const config = schema.toConfig();
  const roots = { query: config.query, mutation: config.mutation, subscription: config.subscription };
  const described = Object.fromEntries(
    Object.entries(roots).map(([operation, type]) => [
      operation,
      type &&
        new GraphQLObjectType({
          ...type.toConfig(),
          description: DESCRIPTIONS[operation as keyof typeof DESCRIPTIONS],
        }),
    ]),
  );
  const replaced = new Set<unknown>(Object.values(roots));
  return new GraphQLSchema({ ...config, ...described, types: config.types.filter((type) => !replaced.has(type)) });
}
