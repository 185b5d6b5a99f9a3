import { GraphQLError, GraphQLScalarType, Kind, ValueNode } from 'graphql';
import { GraphQLDate, GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';

/** A date and a time of day with nothing after it: which zone it meant cannot be known. */
const WITHOUT_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/i;

/** graphql-scalars' parse, its refusal as BAD_USER_INPUT (the value node locates it in the document). */
function parsed<T>(parse: () => T, node?: ValueNode): T {
  try {
    return parse();
  } catch (error) {
    throw new GraphQLError(error instanceof Error ? error.message : String(error), {
      nodes: node,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
}

function parseDateTime(value: unknown, node?: ValueNode): Date {
  return parsed(() => {
    if (typeof value === 'string' && WITHOUT_OFFSET.test(value)) {
      throw new Error(`DateTime needs an offset (Z or ±hh:mm), as in 2026-11-02T16:20:00Z: got "${value}"`);
    }
    return GraphQLDateTimeISO.parseValue(value) as Date;
  }, node);
}

/**
 * The contract's `DateTime`: graphql-scalars' RFC 3339 date-time (answered in UTC with
 * milliseconds, as `toISOString`), where an input must carry its offset.
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  ...GraphQLDateTimeISO.toConfig(),
  name: 'DateTime',
  description:
    'An instant: an RFC 3339 date-time with its offset, e.g. `2026-11-02T16:20:00Z` or `2026-11-02T10:20:00-06:00`. ' +
    'Answers are in UTC (`2026-11-02T16:20:00.000Z`); an input without an offset is refused (BAD_USER_INPUT).',
  parseValue: (value) => parseDateTime(value),
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined, ast),
});

/** The contract's `Date`: a calendar date, kept as its string (graphql-scalars' LocalDate in, its Date out). */
export const DateScalar = new GraphQLScalarType<string, string>({
  ...GraphQLLocalDate.toConfig(),
  name: 'Date',
  description: 'A calendar date, `YYYY-MM-DD` (dates of birth, issue dates): no time, no time zone.',
  // a date column reads as a string; a Date object (raw SQL) answers its UTC calendar day
  serialize: (value) => GraphQLDate.serialize(value) as string,
  parseValue: (value) => parsed(() => GraphQLLocalDate.parseValue(value) as string),
  parseLiteral: (ast) => parsed(() => GraphQLLocalDate.parseLiteral(ast, undefined) as string, ast),
});
