import { planSync, recordedKey, SyncItem, SyncPlanInput, WarrantState } from './sync-plan';

const now = new Date('2026-11-23T12:00:00Z');
const at = (iso: string) => new Date(iso);
const terminal = new Set(['EXECUTED', 'CANCELLED']);
const transitionError = (from: string) =>
  terminal.has(from) ? `a warrant ${from} cannot change: a new warrant is needed` : null;

function plan(items: SyncItem[], states: WarrantState[], recorded: string[] = []) {
  const refs: Record<string, string> = { 'SIJE:1': 'w1', 'SIJE:2': 'w2' };
  const input: SyncPlanInput = {
    items,
    now,
    warrantIdOf: (item) => refs[`${item.sourceSystem}:${item.externalId}`],
    states: new Map(states.map((s) => [s.id, s])),
    recorded: new Set(recorded),
    transitionError,
  };
  return planSync(input);
}

const active = { id: 'w1', status: 'ACTIVE', statusChangedAt: at('2026-11-01T00:00:00Z') };
const item = (status: string, iso: string, externalId = '1'): SyncItem => ({
  sourceSystem: 'SIJE',
  externalId,
  status,
  statusChangedAt: at(iso),
});

describe('planSync', () => {
  it('applies a newer status and records it in the history', () => {
    const result = plan([item('EXECUTED', '2026-11-20T10:00:00Z')], [active]);
    expect(result.decisions).toEqual([{ outcome: 'APPLIED', warrantId: 'w1', message: null }]);
    expect(result.updates).toEqual([{ id: 'w1', status: 'EXECUTED', statusChangedAt: at('2026-11-20T10:00:00Z') }]);
    expect(result.history).toEqual([expect.objectContaining({ warrantId: 'w1', status: 'EXECUTED', applied: true })]);
  });

  it('treats a replay of a recorded status as UNCHANGED and writes nothing', () => {
    const result = plan(
      [item('ACTIVE', '2026-11-01T00:00:00Z')],
      [active],
      [recordedKey('w1', 'ACTIVE', active.statusChangedAt)],
    );
    expect(result.decisions[0].outcome).toBe('UNCHANGED');
    expect(result.history).toEqual([]);
    expect(result.updates).toEqual([]);
  });

  it('keeps an out-of-order update in the history without rolling the warrant back', () => {
    const result = plan([item('ISSUED', '2026-10-01T00:00:00Z')], [active]);
    expect(result.decisions[0].outcome).toBe('STALE');
    expect(result.history).toEqual([expect.objectContaining({ status: 'ISSUED', applied: false })]);
    expect(result.updates).toEqual([]);
  });

  it('answers NOT_FOUND for references it does not know, and REJECTED for invalid items', () => {
    const result = plan(
      [
        item('ACTIVE', '2026-11-02T00:00:00Z', 'unknown'),
        { ...item('ACTIVE', '2026-11-02T00:00:00Z'), externalId: ' ' },
        item('SUSPENDED', '2026-11-24T00:00:00Z'),
        item('SUSPENDED', '2026-11-21T00:00:00Z'),
      ],
      [active],
    );
    expect(result.decisions.map((d) => d.outcome)).toEqual(['NOT_FOUND', 'REJECTED', 'REJECTED', 'APPLIED']);
    expect(result.decisions[2].message).toMatch(/future/);
  });

  it('refuses illegal transitions and lets valid items of the batch through', () => {
    const executed = { id: 'w2', status: 'EXECUTED', statusChangedAt: at('2026-11-10T00:00:00Z') };
    const result = plan(
      [item('ACTIVE', '2026-11-15T00:00:00Z', '2'), item('SUSPENDED', '2026-11-15T00:00:00Z')],
      [active, executed],
    );
    expect(result.decisions.map((d) => d.outcome)).toEqual(['REJECTED', 'APPLIED']);
    expect(result.decisions[0].message).toMatch(/new warrant/);
  });

  it('applies several changes to one warrant in the order they arrive; an older one arriving late is stale', () => {
    const result = plan(
      [
        item('SUSPENDED', '2026-11-05T00:00:00Z'),
        item('ACTIVE', '2026-11-09T00:00:00Z'),
        item('CANCELLED', '2026-11-07T00:00:00Z'),
      ],
      [active],
    );
    expect(result.decisions.map((d) => d.outcome)).toEqual(['APPLIED', 'APPLIED', 'STALE']);
    expect(result.updates).toEqual([{ id: 'w1', status: 'ACTIVE', statusChangedAt: at('2026-11-09T00:00:00Z') }]);
  });
});
