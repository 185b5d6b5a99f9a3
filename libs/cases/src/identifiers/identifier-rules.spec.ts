import { IdentifierKind as K } from './identifier-kind';
import {
  checkIdentifier,
  checkIdentifiers,
  identifierKey,
  identifierQueryKeys,
  IdentifierValue,
  maskedSsn,
  normalizeIdentifier,
} from './identifier-rules';

const check = (input: IdentifierValue) => checkIdentifier(input, 'identifiers.0');

describe('identifier rules', () => {
  it('normalizes case, spaces, dashes and dots', () => {
    expect(normalizeIdentifier(' vaor-850612.hch lcs01 ')).toBe('VAOR850612HCHLCS01');
    expect(normalizeIdentifier('A–123—456 789')).toBe('A123456789'); // en and em dashes
    expect(normalizeIdentifier('ＡＢＣ１２３')).toBe('ABC123'); // full-width (NFKC)
  });

  describe('each kind: valid values in canonical form', () => {
    it.each<[IdentifierValue, Partial<IdentifierValue>]>([
      [
        { kind: K.CURP, value: 'vaor850612hchlcs01' },
        { value: 'VAOR850612HCHLCS01', country: 'MX' },
      ],
      [
        { kind: K.RFC, value: 'VAOR-850612-LC3' },
        { value: 'VAOR850612LC3', country: 'MX' },
      ],
      [{ kind: K.RFC, value: 'TOGE771130N26' }, { value: 'TOGE771130N26' }],
      [
        { kind: K.PASSPORT, value: '512 345 678', country: 'US' },
        { value: '512345678', country: 'US' },
      ],
      [{ kind: K.PASSPORT, value: 'a12345678', country: 'US' }, { value: 'A12345678' }],
      [
        { kind: K.PASSPORT, value: 'G 1234 5678', country: 'MX' },
        { value: 'G12345678', country: 'MX' },
      ],
      [
        { kind: K.PASSPORT, value: 'LX4471208', country: 'GT' },
        { value: 'LX4471208', country: 'GT' },
      ],
      [
        { kind: K.A_NUMBER, value: 'A-208-813-457' },
        { value: 'A208813457', country: 'US' },
      ],
      [{ kind: K.A_NUMBER, value: 'a12345678' }, { value: 'A012345678' }], // 8 digits: padded to 9
      [
        { kind: K.FBI_NUMBER, value: '482913kd7' },
        { value: '482913KD7', country: 'US' },
      ],
      [{ kind: K.FBI_NUMBER, value: '1234567' }, { value: '1234567' }],
      [
        { kind: K.SSN, value: '512 40 1234' },
        { value: '512-40-1234', country: 'US' },
      ],
      [
        { kind: K.DRIVERS_LICENSE, value: 'd123-4567-8901', state: 'tx' },
        { value: 'D12345678901', country: 'US', state: 'TX' },
      ],
      [
        { kind: K.DRIVERS_LICENSE, value: 'CHH 0012345', country: 'MX', state: 'CHH' },
        { value: 'CHH0012345', country: 'MX', state: 'CHH' },
      ],
      [
        { kind: K.OTHER, value: 'dpi 2417 55031 0101' },
        { value: 'DPI2417550310101', country: null },
      ],
    ])('%j', (input, expected) => {
      expect(check(input)).toMatchObject(expected);
    });
  });

  describe('invalid values: BAD_USER_INPUT naming the identifier', () => {
    it.each<[IdentifierValue, string, RegExp]>([
      [{ kind: K.CURP, value: 'abc' }, 'value', /18 characters/],
      [{ kind: K.CURP, value: 'VAOR850612HCHLCS09' }, 'value', /check digit/],
      [{ kind: K.CURP, value: 'VAOR850612HCHLCS01', country: 'US' }, 'country', /issued by MX/],
      [{ kind: K.RFC, value: 'VAOR850612LC4' }, 'value', /verification digit/],
      [{ kind: K.RFC, value: 'VAOR851312LC3' }, 'value', /not a valid RFC/],
      [{ kind: K.RFC, value: 'ABC' }, 'value', /invalid format/],
      [{ kind: K.PASSPORT, value: '512345678' }, 'country', /issuing country/],
      [{ kind: K.PASSPORT, value: '5123', country: 'US' }, 'value', /US passport/],
      [{ kind: K.PASSPORT, value: 'AB1234567', country: 'US' }, 'value', /US passport/],
      [{ kind: K.PASSPORT, value: 'G#12345678', country: 'MX' }, 'value', /5 to 15/],
      [{ kind: K.A_NUMBER, value: '208813457' }, 'value', /A and 8 or 9 digits/],
      [{ kind: K.A_NUMBER, value: 'A1234567' }, 'value', /A and 8 or 9 digits/],
      [{ kind: K.A_NUMBER, value: 'A1234567890' }, 'value', /A and 8 or 9 digits/],
      [{ kind: K.FBI_NUMBER, value: 'ABCDEFG' }, 'value', /FBI number/],
      [{ kind: K.FBI_NUMBER, value: '1234567890' }, 'value', /FBI number/],
      [{ kind: K.SSN, value: '12345678' }, 'value', /9 digits/],
      [{ kind: K.SSN, value: '666-12-3456' }, 'value', /not an SSN/],
      [{ kind: K.SSN, value: '900-12-3456' }, 'value', /not an SSN/],
      [{ kind: K.SSN, value: '123-00-4567' }, 'value', /not an SSN/],
      [{ kind: K.SSN, value: '123-45-0000' }, 'value', /not an SSN/],
      [{ kind: K.SSN, value: '000-45-6789' }, 'value', /not an SSN/],
      [{ kind: K.SSN, value: '512-40-1234', country: 'MX' }, 'country', /issued by US/],
      [{ kind: K.DRIVERS_LICENSE, value: 'D1234567' }, 'state', /issuing state/],
      [{ kind: K.DRIVERS_LICENSE, value: 'D1234567', state: 'ZZ' }, 'state', /not a state of US/],
      [{ kind: K.DRIVERS_LICENSE, value: 'D1234567', country: 'MX', state: 'TX' }, 'state', /not a state of MX/],
      [{ kind: K.DRIVERS_LICENSE, value: 'NODIGITS', state: 'TX' }, 'value', /licence number/],
      [{ kind: K.CURP, value: 'VAOR850612HCHLCS01', state: 'CHH' }, 'state', /only a driver's licence/],
      [{ kind: K.OTHER, value: 'ñandú#1' }, 'value', /letters, digits/],
    ])('%j', (input, field, message) => {
      expect(check(input)).toEqual({ field: `identifiers.0.${field}`, message: expect.stringMatching(message) });
    });

    it('names the position of the bad identifier in the list', () => {
      expect(
        checkIdentifiers([
          { kind: K.A_NUMBER, value: 'A208813457' },
          { kind: K.FBI_NUMBER, value: '1' },
          { kind: K.CURP, value: 'abc' },
        ]),
      ).toEqual({
        problem: { field: 'identifiers.2.value', message: expect.stringMatching(/18 characters/) },
      });
    });
  });

  it('keeps an identifier given twice (in any spelling) once', () => {
    expect(
      checkIdentifiers([
        { kind: K.A_NUMBER, value: 'A12345678' },
        { kind: K.A_NUMBER, value: 'a-012-345-678' },
      ]),
    ).toEqual({
      identifiers: [{ kind: K.A_NUMBER, value: 'A012345678', country: 'US' }],
    });
  });

  describe('keys', () => {
    it('are the normalized value whatever the kind, an SSN apart', () => {
      expect(identifierKey({ kind: K.CURP, value: 'VAOR850612HCHLCS01' })).toBe('VAOR850612HCHLCS01');
      expect(identifierKey({ kind: K.OTHER, value: 'x-1.2 3' })).toBe('X123');
      expect(identifierKey({ kind: K.SSN, value: '512-40-1234' })).toBe('SSN:512401234');
    });

    it('of a search: any spelling, an 8-digit A-number also padded, nine digits also as the owner SSN', () => {
      expect(identifierQueryKeys(' vaor 850612-hchlcs01')).toEqual({ keys: ['VAOR850612HCHLCS01'], ownKeys: [] });
      expect(identifierQueryKeys('A 1234 5678')).toEqual({ keys: ['A12345678', 'A012345678'], ownKeys: [] });
      expect(identifierQueryKeys('512-40-1234')).toEqual({ keys: ['512401234'], ownKeys: ['SSN:512401234'] });
      expect(identifierQueryKeys(' - . ')).toEqual({ keys: [], ownKeys: [] });
    });
  });

  it('masks an SSN to its last four digits', () => {
    expect(maskedSsn('512-40-1234')).toBe('***-**-1234');
  });
});
