import { generateKeyPairSync } from 'node:crypto';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditCheckpoints } from './audit-checkpoints';

const key = () => generateKeyPairSync('ed25519').privateKey;
const head = (position: number) => ({
  position,
  rowId: `0195a000-0000-7000-8000-${String(position).padStart(12, '0')}`,
  hash: Buffer.alloc(32, position),
});

describe('AuditCheckpoints', () => {
  it('writes signed heads, one JSON line each in a file per UTC day, and reads them back', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'frontera-checkpoints-')), 'nested');
    const checkpoints = new AuditCheckpoints(dir, key());
    await checkpoints.write(head(3), new Date('2026-12-01T23:59:59Z'));
    await checkpoints.write(head(9), new Date('2026-12-02T00:00:01Z'));
    expect(readdirSync(dir).sort()).toEqual([
      'audit-checkpoints-2026-12-01.jsonl',
      'audit-checkpoints-2026-12-02.jsonl',
    ]);
    const { checkpoints: read, invalid } = await checkpoints.read();
    expect(invalid).toEqual([]);
    expect(read.map((c) => [c.position, c.hash])).toEqual([
      [3, Buffer.alloc(32, 3).toString('hex')],
      [9, Buffer.alloc(32, 9).toString('hex')],
    ]);
  });

  it('reports a changed line, a line signed by another key, and one that is not a checkpoint', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontera-checkpoints-'));
    const mine = new AuditCheckpoints(dir, key());
    await mine.write(head(5), new Date('2026-12-01T10:00:00Z'));
    const file = join(dir, 'audit-checkpoints-2026-12-01.jsonl');
    const line = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, `${JSON.stringify({ ...line, position: 6 })}\n`);
    await new AuditCheckpoints(dir, key()).write(head(7), new Date('2026-12-01T10:01:00Z'));
    appendFileSync(file, 'garbage\n');
    const { checkpoints, invalid } = await mine.read();
    expect(checkpoints).toEqual([]);
    expect(invalid.map((i) => [i.line, i.reason.replace(/\([0-9a-f]{16}\)/g, '()')])).toEqual([
      [1, 'the signature does not match'],
      [2, 'signed by another key (), not the configured one ()'],
      [3, 'not JSON'],
    ]);
  });

  it('reads nothing from a directory that does not exist yet', async () => {
    expect(await new AuditCheckpoints(join(tmpdir(), 'frontera-no-such-dir-x'), key()).read()).toEqual({
      checkpoints: [],
      invalid: [],
    });
  });
});
