import { AbilityBuilder, createMongoAbility, MongoAbility, subject } from '@casl/ability';
import fc from 'fast-check';
import { readableFields } from './readable-fields';

const FIELDS = ['givenNames', 'paternalSurname', 'identifiers', 'dateOfBirth', 'memberships', 'tipster'];
const AGENCIES = ['a1', 'a2', 'a3'];
const TLPS = ['CLEAR', 'GREEN', 'AMBER', 'RED'];

/** Abilities shaped like the factory's: own rules, agreements with withheld fields, share grants per field, locks. */
function ability(withheld: string[], shared: string[]): MongoAbility {
  const { can, cannot, build } = new AbilityBuilder<MongoAbility>(createMongoAbility);
  can('read', 'Suspect', { ownerAgencyId: 'a1' });
  for (const field of FIELDS) can('read', 'Suspect', [field], { shareGrants: `a1:${field}` });
  can('read', 'Suspect', { ownerAgencyId: 'a2', tlp: { $in: ['CLEAR', 'GREEN', 'AMBER'] }, releasableTo: 'MX' });
  if (withheld.length > 0)
    cannot('read', 'Suspect', withheld, {
      ownerAgencyId: 'a2',
      tlp: { $in: ['CLEAR', 'GREEN', 'AMBER'] },
      releasableTo: 'MX',
    });
  for (const field of shared) can('read', 'Suspect', [field], { ownerAgencyId: 'a3' });
  cannot('read', 'Suspect', ['tipster']);
  can('read', 'Suspect', ['tipster'], { ownerAgencyId: 'a1', tlp: 'GREEN' });
  return build();
}

describe('readableFields', () => {
  it('answers for every field what can() answers, on any row', () => {
    const row = fc.record({
      ownerAgencyId: fc.constantFrom(...AGENCIES),
      tlp: fc.constantFrom(...TLPS),
      releasableTo: fc.subarray(['US', 'MX']),
      shareGrants: fc.subarray(FIELDS.map((field) => `a1:${field}`)),
    });
    fc.assert(
      fc.property(fc.subarray(FIELDS), fc.subarray(FIELDS), row, (withheld, shared, record) => {
        const rules = ability(withheld, shared);
        const expected = FIELDS.filter((field) => rules.can('read', subject('Suspect', { ...record }), field));
        expect([...readableFields(rules, 'Suspect', record, FIELDS)]).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
