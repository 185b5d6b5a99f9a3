import { describe, expect, it } from 'vitest';
import { en } from './locales/en';
import { es } from './locales/es';
import { expiringSoon, formatDate, formatNumber } from './format';
import { TLP_COLOURS, tlpLabel } from './tlp';
import { withheldReason } from './withheld';
import { mergeHits } from './search-hits';
import { auditFilter, detailParts, NO_AUDIT_FILTER } from './audit-filter';

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`),
  );
}

describe('the console', () => {
  it('says everything in both languages, with the same placeholders', () => {
    expect(keys(en).sort()).toEqual(keys(es).sort());
    const placeholders = (text: string) => (text.match(/{{\w+}}/g) ?? []).sort();
    const lookup = (messages: object, key: string) =>
      key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) as string;
    for (const key of keys(es))
      expect([key, placeholders(lookup(en, key))]).toEqual([key, placeholders(lookup(es, key))]);
  });

  it('writes TLP labels as TLP 2.0 does, in its colours, in every language', () => {
    expect(tlpLabel('AMBER_STRICT')).toBe('TLP:AMBER+STRICT');
    expect(tlpLabel('RED')).toBe('TLP:RED');
    expect(TLP_COLOURS).toEqual({
      RED: '#FF2B2B',
      AMBER: '#FFC000',
      AMBER_STRICT: '#FFC000',
      GREEN: '#33FF00',
      CLEAR: '#FFFFFF',
    });
  });

  it('localizes dates and numbers', () => {
    expect(formatDate('2026-03-05', 'es')).toBe('5 mar 2026');
    expect(formatDate('2026-03-05', 'en')).toBe('Mar 5, 2026');
    expect([formatNumber(1234567.5, 'es'), formatNumber(1234567.5, 'en')]).toEqual(['1,234,567.5', '1,234,567.5']);
  });

  it('calls a share ending within 14 days "expiring soon", not one already over or far off', () => {
    const now = Date.parse('2026-06-01T00:00:00Z');
    expect(expiringSoon('2026-06-10T00:00:00Z', now)).toBe(true);
    expect(expiringSoon('2026-07-01T00:00:00Z', now)).toBe(false);
    expect(expiringSoon('2026-05-30T00:00:00Z', now)).toBe(false);
    expect(expiringSoon(null, now)).toBe(false);
  });

  it('says why a field is withheld: not granted by a share, withheld by a standing agreement, or the tipster', () => {
    expect(withheldReason('aliases', { sharing: { use: 'PROSECUTION' } })).toBe('notGranted');
    expect(withheldReason('identifiers', { sharing: null })).toBe('agreement');
    expect(withheldReason('tipster', { sharing: { use: 'INTELLIGENCE' } })).toBe('tipster');
  });

  it('lists people found by identifier first, then by name best match first, each once with every way it matched', () => {
    const person = (id: string) => ({ id });
    const found = mergeHits(
      [{ node: person('b') }],
      [
        { node: person('a'), matchClass: 'EXACT' },
        { node: person('b'), matchClass: 'TRIGRAM' },
        { node: person('c'), matchClass: 'PHONETIC' },
      ],
    );
    expect(found).toEqual([
      { node: person('b'), matched: ['IDENTIFIER', 'TRIGRAM'] },
      { node: person('a'), matched: ['EXACT'] },
      { node: person('c'), matched: ['PHONETIC'] },
    ]);
    expect(mergeHits([], [])).toEqual([]);
  });

  it('filters the agency audit by what was chosen only, whole days where the reader is, actions as their codes', () => {
    expect(auditFilter(NO_AUDIT_FILTER)).toEqual({});
    expect(
      auditFilter({
        ...NO_AUDIT_FILTER,
        action: ' share approved ',
        outcome: 'DENIED',
        recordType: 'SUSPECT',
        actorAgencyId: 'fgr',
      }),
    ).toEqual({
      action: 'SHARE_APPROVED',
      outcome: 'DENIED',
      recordType: 'SUSPECT',
      actorAgencyId: 'fgr',
    });
    // "to" the 31st includes the whole 31st: the API's `to` is exclusive
    expect(auditFilter({ ...NO_AUDIT_FILTER, fromDay: '2026-12-01', toDay: '2026-12-31' })).toEqual({
      from: new Date(2026, 11, 1).toISOString(),
      to: new Date(2027, 0, 1).toISOString(),
    });
  });

  it("shows an audit event's detail without ids, field lists and instants apart", () => {
    expect(
      detailParts(
        '{"use":"INTELLIGENCE","fields":["givenNames","aliases"],"expiresAt":"2027-05-30T13:58:33.531Z","requestId":"01a2","providerAgencyIds":["x"],"note":null}',
      ),
    ).toEqual([
      { key: 'use', text: 'INTELLIGENCE' },
      { key: 'fields', fields: ['givenNames', 'aliases'] },
      { key: 'expiresAt', instant: '2027-05-30T13:58:33.531Z' },
    ]);
    expect(detailParts('{}')).toEqual([]);
    expect(detailParts(null)).toEqual([]);
    expect(detailParts('not json')).toEqual([{ key: '', text: 'not json' }]);
  });
});
