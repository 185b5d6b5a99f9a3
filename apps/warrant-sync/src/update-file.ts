import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';

export interface StatusUpdate {
  sourceSystem: string;
  externalId: string;
  status: string;
  statusChangedAt: string;
  note?: string;
}

const FIELDS = ['sourceSystem', 'externalId', 'status', 'statusChangedAt'] as const;

function checked(record: Record<string, unknown>, where: string): StatusUpdate {
  for (const field of FIELDS) {
    if (typeof record[field] !== 'string') throw new Error(`${where}: "${field}" is missing`);
  }
  const update: StatusUpdate = {
    sourceSystem: record.sourceSystem as string,
    externalId: record.externalId as string,
    status: record.status as string,
    statusChangedAt: record.statusChangedAt as string,
  };
  if (typeof record.note === 'string' && record.note !== '') update.note = record.note;
  return update;
}

/** Reads updates from NDJSON (one JSON object a line) or CSV with a header row. */
export function readUpdates(file: string): StatusUpdate[] {
  const text = readFileSync(file, 'utf8');
  if (extname(file).toLowerCase() === '.csv') {
    const records = parse(text, { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
    return records.map((record, i) => checked(record, `${file} row ${i + 2}`));
  }
  return text
    .split('\n')
    .map((line, i) => ({ line: line.trim(), number: i + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => checked(JSON.parse(line) as Record<string, unknown>, `${file} line ${number}`));
}
