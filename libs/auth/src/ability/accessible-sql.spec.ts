import { AbilityBuilder, createMongoAbility, MongoAbility } from '@casl/ability';
import { accessibleSql } from './accessible-sql';

const column = (field: string) => ({
  sql: `t.${field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`,
  array: field === 'releasableTo',
});

function build(define: (builder: AbilityBuilder<MongoAbility>) => void): MongoAbility {
  const builder = new AbilityBuilder<MongoAbility>(createMongoAbility);
  define(builder);
  return builder.build();
}

/** Substitutes the named parameters, to compare whole predicates. */
function inline(predicate: { sql: string; params: Record<string, unknown> } | null): string | null {
  if (!predicate) return null;
  return predicate.sql
    .replace(/:\.\.\.(\w+)/g, (_m, name: string) =>
      (predicate.params[name] as unknown[]).map((v) => `'${String(v)}'`).join(', '),
    )
    .replace(/:(\w+)/g, (_m, name: string) => `'${String(predicate.params[name])}'`);
}

describe('accessibleSql', () => {
  it('returns null when nothing is allowed, so callers answer empty without a query', () => {
    const ability = build(({ can }) => can('read', 'Warrant', { ownerAgencyId: 'a1' }));
    expect(accessibleSql(ability, 'read', 'Suspect', column)).toBeNull();
    expect(accessibleSql(ability, 'update', 'Warrant', column)).toBeNull();
  });

  it('turns an own-agency rule into a parameterized equality', () => {
    const ability = build(({ can }) => can('read', 'Suspect', { ownerAgencyId: 'a1' }));
    const predicate = accessibleSql(ability, 'read', 'Suspect', column)!;
    expect(predicate.sql).not.toContain('a1');
    expect(inline(predicate)).toBe("t.owner_agency_id = 'a1'");
  });

  it('ORs allowing rules and bounds them with forbidding ones', () => {
    const ability = build(({ can, cannot }) => {
      can('read', 'Suspect', { ownerAgencyId: 'a1' });
      can('read', 'Suspect', { id: { $in: ['s1', 's2'] } });
      cannot('read', 'Suspect', { tlp: 'RED', ownerAgencyId: { $ne: 'a1' } });
    });
    const sql = inline(accessibleSql(ability, 'read', 'Suspect', column));
    expect(sql).toContain("t.id IN ('s1', 's2')");
    expect(sql).toContain("NOT (t.tlp = 'RED' AND t.owner_agency_id <> 'a1')");
    expect(sql).toMatch(/^\(.* OR .*\)$/);
  });

  it('lets an unconditional rule through as TRUE', () => {
    const ability = build(({ can }) => can('read', 'Agency'));
    expect(accessibleSql(ability, 'read', 'Agency', column)?.sql).toBe('TRUE');
  });

  it('does not let a field-level lock hide whole rows', () => {
    const ability = build(({ can, cannot }) => {
      can('read', 'Tip', { ownerAgencyId: 'a1' });
      cannot('read', 'Tip', ['tipster']);
    });
    expect(inline(accessibleSql(ability, 'read', 'Tip', column))).toBe("t.owner_agency_id = 'a1'");
  });

  it('handles empty lists and comparisons', () => {
    const ability = build(({ can }) => {
      can('read', 'Warrant', { id: { $in: [] } });
      can('read', 'Warrant', { tlpRank: { $lte: 2 }, expiresAt: { $gt: 5 } });
    });
    expect(inline(accessibleSql(ability, 'read', 'Warrant', column))).toBe(
      "((t.tlp_rank <= '2' AND t.expires_at > '5') OR FALSE)",
    );
  });

  it('matches array columns by containment, like CASL does', () => {
    const ability = build(({ can }) => {
      can('read', 'Suspect', { ownerAgencyId: 'a2', releasableTo: 'MX' });
      can('read', 'Suspect', { releasableTo: { $in: ['US'] } });
    });
    expect(inline(accessibleSql(ability, 'read', 'Suspect', column))).toBe(
      "(t.releasable_to && ARRAY['US'] OR (t.owner_agency_id = 'a2' AND ('MX' = ANY(t.releasable_to))))",
    );
  });

  it('restricts to the rows whose field the actor may read, when asked for a field', () => {
    const ability = build(({ can }) => {
      can('read', 'Suspect', { ownerAgencyId: 'a1' });
      can('read', 'Suspect', ['status'], { ownerAgencyId: 'a2' });
    });
    expect(inline(accessibleSql(ability, 'read', 'Suspect', column, 'givenNames'))).toBe("t.owner_agency_id = 'a1'");
    expect(inline(accessibleSql(ability, 'read', 'Suspect', column))).toBe(
      "(t.owner_agency_id = 'a2' OR t.owner_agency_id = 'a1')",
    );
  });

  it('refuses operators it cannot translate rather than widening access', () => {
    const ability = build(({ can }) => can('read', 'Suspect', { aliases: { $regex: '^El' } }));
    expect(() => accessibleSql(ability, 'read', 'Suspect', column)).toThrow(/unsupported rule operator/);
  });
});
