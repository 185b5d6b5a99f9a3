/**
 * The CURP (Clave Única de Registro de Población) as RENAPO lays it out (Instructivo Normativo
 * para la Asignación de la CURP):
 *   1-4   initial and first inner vowel of the paternal surname, initials of the maternal
 *         surname and of the (first usable) given name; X where a letter is missing or an Ñ
 *   5-10  date of birth, YYMMDD
 *   11    sex: H (hombre), M (mujer), X (no binario)
 *   12-13 state of birth (RENAPO's two-letter codes; NE: born abroad)
 *   14-16 first inner consonants of the paternal and maternal surnames and the given name
 *   17    homonym differentiator: a digit for people born before 2000, a letter from 2000 on
 *   18    check digit over the 17 characters before it
 */
const LAYOUT = /^[A-Z][AEIOUX][A-Z]{2}(\d{2})(\d{2})(\d{2})[HMX]([A-Z]{2})[B-DF-HJ-NP-TV-Z]{3}([0-9A-Z])(\d)$/;

/** RENAPO's codes of the 32 federal entities, and NE (nacido en el extranjero). */
const BIRTH_STATES = new Set([
  'AS',
  'BC',
  'BS',
  'CC',
  'CL',
  'CM',
  'CS',
  'CH',
  'DF',
  'DG',
  'GT',
  'GR',
  'HG',
  'JC',
  'MC',
  'MN',
  'MS',
  'NT',
  'NL',
  'OC',
  'PL',
  'QT',
  'QR',
  'SP',
  'SL',
  'SR',
  'TC',
  'TS',
  'TL',
  'VZ',
  'YN',
  'ZS',
  'NE',
]);

/** The check digit's alphabet: each character counts as its position (Ñ included, after N). */
const CHECK_ALPHABET = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';

/**
 * RENAPO's check digit of the first 17 characters: each character's value in CHECK_ALPHABET
 * weighted 18, 17, ... 2 from the left, summed; the digit is 10 minus the sum's last digit
 * (0 for 10).
 */
export function curpCheckDigit(first17: string): number {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHECK_ALPHABET.indexOf(first17[i]) * (18 - i);
  return (10 - (sum % 10)) % 10;
}

/** What is wrong with an upper-case CURP without separators, or null when it is valid. */
export function curpProblem(curp: string): string | null {
  if (curp.length !== 18) return 'a CURP has 18 characters';
  const layout = LAYOUT.exec(curp);
  if (!layout)
    return 'is not laid out as a CURP (4 letters, YYMMDD, H/M/X, state, 3 consonants, differentiator, check digit)';
  const [, yy, mm, dd, state, differentiator, check] = layout;
  if (!BIRTH_STATES.has(state)) return `${state} is not a RENAPO state code`;
  // the differentiator tells the century: a digit before 2000, a letter from 2000 on
  const year = (/\d/.test(differentiator) ? 1900 : 2000) + Number(yy);
  const born = new Date(Date.UTC(year, Number(mm) - 1, Number(dd)));
  if (born.getUTCFullYear() !== year || born.getUTCMonth() !== Number(mm) - 1 || born.getUTCDate() !== Number(dd)) {
    return `${yy}${mm}${dd} is not a date of birth`;
  }
  if (curpCheckDigit(curp) !== Number(check)) return 'the check digit does not match';
  return null;
}
