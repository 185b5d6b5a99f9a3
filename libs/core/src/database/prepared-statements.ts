import { createHash } from 'node:crypto';
import { Client } from 'pg';

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

/**
 * pg's client, with every parameterized read sent as a named prepared statement: the text
 * travels and is parsed once per connection, not once per request, and PostgreSQL may keep a
 * generic plan of it (its plan cache decides, per statement, after five executions). The
 * record door's statements are large (every field's visibility is a predicate in them), so
 * this is most of what a lookup sends and a good part of what it costs the server.
 * Given to the pool as its `Client` (`dataSourceOptions`).
 */
export class PreparingClient extends Client {}

const preparedBy = new WeakMap<Client, Set<string>>();
const baseQuery = Client.prototype.query as (this: Client, ...args: unknown[]) => unknown;

// Assigned, not overridden in the class: pg's overloads of `query` admit no single override.
PreparingClient.prototype.query = function (this: Client, ...args: unknown[]): unknown {
  const [text, values, callback] = args;
  if (
    typeof text === 'string' &&
    Array.isArray(values) &&
    values.length > 0 &&
    callback === undefined &&
    READ.test(text)
  ) {
    let prepared = preparedBy.get(this);
    if (!prepared) preparedBy.set(this, (prepared = new Set()));
    const name = statementName(text);
    if (prepared.has(name) || prepared.size < PREPARED_PER_CONNECTION) {
      prepared.add(name);
      return baseQuery.call(this, { name, text, values });
    }
  }
  return baseQuery.apply(this, args);
} as Client['query'];
