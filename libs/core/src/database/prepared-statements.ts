import { createHash } from 'node:crypto';

/**
 * Named statements one connection keeps at most: the record reads come in a few hundred shapes
 * (type, filters, order, the viewer's kind of rules), and each costs the server a plan's memory.
 * Past the bound a new shape goes unnamed, as every statement did before.
 */
export const PREPARED_PER_CONNECTION = 256;
/** Statement texts whose names are remembered (hashing a 5 KB text costs more than the lookup). */
const REMEMBERED_NAMES = 4096;
/** Reads only: a write's plan is cheap, and a write that fails mid-batch should leave nothing behind. */
const READ = /^\s*(SELECT|WITH)\b/i;

const names = new Map<string, string>();

function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    if (names.size >= REMEMBERED_NAMES) names.clear();
    name = `frontera_${createHash('sha1').update(text).digest('base64url')}`;
    names.set(text, name);
  }
  return name;
}

const preparedBy = new WeakMap<object, Set<string>>();

/**
 * A parameterized read as a named prepared statement (pg parses a name's text once per
 * connection): the text travels and is parsed once per connection, not once per request, and
 * PostgreSQL may keep a generic plan of it (its plan cache decides, per statement, after five
 * executions). The record door's statements are large (every field's visibility is a predicate
 * in them), so this is most of what a lookup sends and a good part of what it costs the server.
 * Null: send it as it is (a write, no parameters, or the connection's bound reached).
 */
export function preparedStatement(
  connection: object,
  text: string,
  values: unknown,
): { name: string; text: string; values: unknown[] } | null {
  if (!Array.isArray(values) || values.length === 0 || !READ.test(text)) return null;
  let prepared = preparedBy.get(connection);
  if (!prepared) preparedBy.set(connection, (prepared = new Set()));
  const name = statementName(text);
  if (!prepared.has(name) && prepared.size >= PREPARED_PER_CONNECTION) return null;
  prepared.add(name);
  return { name, text, values };
}
