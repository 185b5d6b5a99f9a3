import { IdentifierKind as K } from '../identifiers/identifier-kind';
import { duplicateProbe, SuspectSeen } from './duplicate-rule';

const seen = (overrides: Partial<SuspectSeen>): SuspectSeen => ({
  id: 's1',
  own: true,
  identifiers: [],
  givenNames: 'Rosendo',
  paternalSurname: 'Valdivia',
  dateOfBirth: '1985-06-12',
  ...overrides,
});

describe('duplicate rule', () => {
  it('compares normalized identifiers, and name with date of birth', () => {
    expect(
      duplicateProbe(
        seen({
          identifiers: [
            { kind: K.CURP, value: 'VAOR850612HCHLCS01' },
            { kind: K.A_NUMBER, value: 'A012345678' },
          ],
        }),
      ),
    ).toEqual({
      source: 's1',
      keys: ['#VAOR850612HCHLCS01', '#A012345678'],
      givenNames: 'Rosendo',
      paternalSurname: 'Valdivia',
      dateOfBirth: '1985-06-12',
    });
  });

  it('needs given names, paternal surname and date of birth together for a name match', () => {
    expect(duplicateProbe(seen({ dateOfBirth: null }))).toBeNull();
    expect(
      duplicateProbe(seen({ givenNames: null, identifiers: [{ kind: K.FBI_NUMBER, value: '482913KD7' }] })),
    ).toEqual(expect.objectContaining({ keys: ['#482913KD7'], givenNames: null, dateOfBirth: null }));
  });

  it("uses an SSN only for the owner's own suspects", () => {
    const ssn = [{ kind: K.SSN, value: '512-40-1234' }];
    expect(duplicateProbe(seen({ identifiers: ssn, dateOfBirth: null }))?.keys).toEqual(['#SSN:512401234']);
    expect(
      duplicateProbe(seen({ own: false, identifiers: [{ kind: K.SSN, value: '***-**-1234' }], dateOfBirth: null })),
    ).toBeNull();
  });

  it('matches nothing on what the viewer may not read', () => {
    expect(
      duplicateProbe(
        seen({ own: false, identifiers: null, givenNames: null, paternalSurname: null, dateOfBirth: null }),
      ),
    ).toBeNull();
    expect(duplicateProbe(seen({ own: false, identifiers: null }))).toEqual(
      expect.objectContaining({ keys: [], givenNames: 'Rosendo' }),
    );
  });
});
