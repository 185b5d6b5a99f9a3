import { AbilityBuilder, createMongoAbility, MongoAbility } from '@casl/ability';
// the compiler alone, not the auth library's index (which loads Nest, ES modules jest cannot load)
import { accessibleSql } from '../../../auth/src/ability/accessible-sql';
import { SHARE_GRANTS_FIELD, shareGrant, shareGrantsColumn } from './share-grants-sql';

const column = (field: string) => ({ sql: `t.${field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`, array: false });

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

describe('shares in SQL (the virtual shareGrants field)', () => {
  const withShares = (field: string) => (field === SHARE_GRANTS_FIELD ? shareGrantsColumn('t') : column(field));
  const perField = (fields: string[]) =>
    build(({ can }) => {
      can('read', 'Suspect', { ownerAgencyId: 'a1' });
      for (const field of fields) can('read', 'Suspect', [field], { [SHARE_GRANTS_FIELD]: shareGrant('a1', field) });
    });

  it('folds one rule per granted field into a single EXISTS on the active shares', () => {
    const predicate = accessibleSql(perField(['givenNames', 'aliases', 'status']), 'read', 'Suspect', withShares)!;
    expect(predicate.sql.match(/EXISTS/g)).toHaveLength(1);
    expect(predicate.sql).toContain('shr.record_id = t.id');
    expect(predicate.sql).toContain("shr.status = 'APPROVED'");
    expect(predicate.sql).toContain('shr.expires_at > now()');
    expect(predicate.sql).toContain('t.tlp <= shr.max_tlp');
    expect(Object.values(predicate.params)).toContainEqual(['status', 'aliases', 'givenNames']);
    expect(Object.values(predicate.params)).toContain('a1');
  });

  it('asks for exactly the field when a filter needs it readable', () => {
    const predicate = accessibleSql(perField(['givenNames', 'aliases']), 'read', 'Suspect', withShares, 'aliases')!;
    expect(Object.values(predicate.params)).toContainEqual(['aliases']);
    expect(Object.values(predicate.params)).not.toContainEqual(['aliases', 'givenNames']);
    // A field no share grants: only the own-agency rule is left.
    expect(inline(accessibleSql(perField(['givenNames']), 'read', 'Suspect', withShares, 'identifiers'))).toBe(
      "t.owner_agency_id = 'a1'",
    );
  });
});
