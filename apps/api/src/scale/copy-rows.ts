import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { Client, PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** A value of one COPY column: arrays become PostgreSQL array literals, Buffers bytea. */
export type CopyValue = string | number | boolean | null | Date | Buffer | readonly string[];

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function escapeText(text: string): string {
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]) : text;
}

function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/** One value in COPY's text format. */
export function copyField(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'string') return escapeText(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return `\\\\x${value.toString('hex')}`;
  return escapeText(arrayLiteral(value as readonly string[]));
}

const CHUNK_BYTES = 256 * 1024;

/**
 * Streams `rows` into `table` with COPY ... FROM STDIN (text format), in chunks of ~256 kB,
 * waiting for the server whenever the socket is full. `onRows` reports progress.
 */
export async function copyRows(
  client: Client | PoolClient,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
  onRows: (count: number) => void = () => undefined,
): Promise<number> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  let count = 0;
  async function* chunks(): AsyncGenerator<string> {
    let chunk = '';
    let inChunk = 0;
    for (const row of rows) {
      if (row.length !== columns.length)
        throw new Error(`${table}: row of ${row.length} values for ${columns.length} columns`);
      chunk += row.map(copyField).join('\t') + '\n';
      inChunk++;
      if (chunk.length >= CHUNK_BYTES) {
        yield chunk;
        count += inChunk;
        onRows(inChunk);
        chunk = '';
        inChunk = 0;
      }
    }
    if (chunk.length > 0) yield chunk;
    count += inChunk;
    onRows(inChunk);
  }
  await pipeline(Readable.from(chunks()), stream);
  return count;
}
