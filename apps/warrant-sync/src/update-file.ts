import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { GraphQLDateTime } from 'graphql-scalars';
import { WarrantStatus, WarrantStatusUpdateInput } from '@app/client';

/** An update and the line of the file it came from (a CSV record spanning lines: its last). */
export interface NumberedUpdate {
  line: number;
  update: WarrantStatusUpdateInput;
}

/** Every bad line of a file, each by its number; nothing of the file is sent. */
export class UpdateFileError extends Error {}

const REQUIRED = ['sourceSystem', 'externalId', 'status', 'statusChangedAt'] as const;
const STATUSES = new Set<string>(Object.values(WarrantStatus));
const SHOWN_PROBLEMS = 20;

/** What is wrong with one record, or its update: the checks the API's variables would fail on. */
function checked(record: Record<string, unknown>): { problem: string } | { update: WarrantStatusUpdateInput } {
  const missing = REQUIRED.filter((field) => typeof record[field] !== 'string');
  if (missing.length > 0) return { problem: `${missing.join(', ')} missing` };
  const { sourceSystem, externalId, status, statusChangedAt, note } = record as Record<
    (typeof REQUIRED)[number] | 'note',
    string
  >;
  if (!STATUSES.has(status)) return { problem: `status "${status}" is not one of ${[...STATUSES].join(', ')}` };
  try {
    // graphql-scalars' DateTime, as the API parses it: an offset (Z or ±hh:mm) is required
    GraphQLDateTime.parseValue(statusChangedAt);
  } catch {
    return {
      problem: `statusChangedAt "${statusChangedAt}" is not a date-time with an offset, e.g. 2026-11-02T16:20:00Z`,
    };
  }
  const update: WarrantStatusUpdateInput = {
    sourceSystem,
    externalId,
    status: status as WarrantStatus,
    statusChangedAt,
  };
  if (typeof note === 'string' && note !== '') update.note = note;
  return { update };
}

interface FileRecord {
  line: number;
  record?: Record<string, unknown>;
  problem?: string;
}

function records(file: string, text: string): FileRecord[] {
  if (extname(file).toLowerCase() === '.csv') {
    try {
      const rows = parse(text, { columns: true, skip_empty_lines: true, trim: true, info: true }) as {
        record: Record<string, string>;
        info: { lines: number };
      }[];
      return rows.map(({ record, info }) => ({ line: info.lines, record }));
    } catch (error) {
      const line = (error as { lines?: number }).lines ?? 0;
      return [{ line, problem: error instanceof Error ? error.message : String(error) }];
    }
  }
  return text.split('\n').flatMap((raw, i): FileRecord[] => {
    const text = raw.trim();
    if (text === '') return [];
    try {
      const value: unknown = JSON.parse(text);
      return value && typeof value === 'object' && !Array.isArray(value)
        ? [{ line: i + 1, record: value as Record<string, unknown> }]
        : [{ line: i + 1, problem: 'not a JSON object' }];
    } catch (error) {
      return [{ line: i + 1, problem: `not JSON (${error instanceof Error ? error.message : String(error)})` }];
    }
  });
}

/** Reads updates from NDJSON (one JSON object a line) or CSV with a header row; refuses the file on any bad line. */
export function readUpdates(file: string): NumberedUpdate[] {
  const updates: NumberedUpdate[] = [];
  const problems: string[] = [];
  for (const { line, record, problem } of records(file, readFileSync(file, 'utf8'))) {
    const result = record ? checked(record) : { problem: problem! };
    if ('update' in result) updates.push({ line, update: result.update });
    else problems.push(`${file} line ${line}: ${result.problem}`);
  }
  if (problems.length > 0) {
    const more = problems.length > SHOWN_PROBLEMS ? `\n... and ${problems.length - SHOWN_PROBLEMS} more` : '';
    throw new UpdateFileError(
      `${problems.length} bad line(s), nothing sent:\n${problems.slice(0, SHOWN_PROBLEMS).join('\n')}${more}`,
    );
  }
  return updates;
}
