import { curpCheckDigit, curpProblem } from './curp';

// Fictional people; each CURP built by hand from RENAPO's layout, then its check digit.
const VALID = [
  'VAOR850612HCHLCS01', // Rosendo Valdivia Ochoa, Chihuahua, 1985
  'RASI030228MJCMTTA8', // Itzel Ramírez Soto, Jalisco, 2003: a letter as differentiator
  'GOXM000229MNELRRB6', // 29 February 2000, born abroad (NE)
  'TOGE771130HCHRNL26',
  'PEAX691014XDFRXX12', // sex X, X for missing letters
];

describe('CURP', () => {
  it.each(VALID)('accepts %s', (curp) => {
    expect(curpProblem(curp)).toBeNull();
  });

  it('computes the check digit over the first 17 characters (Ñ counts after N)', () => {
    expect(curpCheckDigit('VAOR850612HCHLCS0')).toBe(1);
    expect(curpCheckDigit('RASI030228MJCMTTA')).toBe(8);
    // a changed character changes the digit
    expect(curpCheckDigit('VAOR850612HCHLCS1')).not.toBe(1);
  });

  it.each([
    ['VAOR850612HCHLCS02', /check digit/],
    ['VAOR850612HCHLCS0', /18 characters/],
    ['abc', /18 characters/],
    ['VAOR851312HCHLCS01', /not a date/], // month 13
    ['GOXM000229HNELRR08', /not a date/], // digit: 1900, not a leap year
    ['VAOR850612HZZLCS01', /state code/],
    ['VAOR850612QCHLCS01', /laid out/], // sex Q
    ['V1OR850612HCHLCS01', /laid out/],
    ['VBOR850612HCHLCS01', /laid out/], // second letter is a vowel
    ['VAOR850612HCHACS01', /laid out/], // inner consonant A
  ])('refuses %s', (curp, reason) => {
    expect(curpProblem(curp)).toMatch(reason);
  });
});
