import type { Sex } from '@app/cases';
import type { EntryBuild } from './entry-build';

// Type-only imports: posters are drawn (and unit-tested) without loading the Nest modules.

export type PublicLanguage = 'es' | 'en';

/** What the public is told of a wanted person's looks and danger: the entry's own public fields. */
export interface EntryDescription {
  sex: Sex | null;
  approximateAge: number | null;
  yearOfBirth: number | null;
  heightCm: number | null;
  build: EntryBuild | null;
  distinguishingMarksEs: string | null;
  distinguishingMarksEn: string | null;
  armedAndDangerous: boolean;
}

/** An entry nobody has described yet. */
export const NO_DESCRIPTION: EntryDescription = {
  sex: null,
  approximateAge: null,
  yearOfBirth: null,
  heightCm: null,
  build: null,
  distinguishingMarksEs: null,
  distinguishingMarksEn: null,
  armedAndDangerous: false,
};

const BUILD: Record<`${EntryBuild}`, Record<PublicLanguage, string>> = {
  SLIM: { es: 'delgada', en: 'slim' },
  MEDIUM: { es: 'media', en: 'medium' },
  ATHLETIC: { es: 'atlética', en: 'athletic' },
  HEAVY: { es: 'robusta', en: 'heavy' },
};

/** Spanish agrees with the person's sex; unknown reads as "esta persona" where a pronoun would have to choose. */
const byGender = (sex: Sex | null, female: string, male: string, unknown: string): string =>
  sex === 'FEMALE' ? female : sex === 'MALE' ? male : unknown;

/** The public wording, written for each language (not translated word for word). */
export const ENTRY_TEXT = {
  seenQuestion: (language: PublicLanguage, sex: Sex | null): string =>
    language === 'es'
      ? byGender(sex, '¿La ha visto?', '¿Lo ha visto?', '¿Ha visto a esta persona?')
      : byGender(sex, 'Have you seen her?', 'Have you seen him?', 'Have you seen this person?'),
  armedBand: (language: PublicLanguage, sex: Sex | null): string =>
    language === 'es'
      ? byGender(sex, 'ARMADA Y PELIGROSA', 'ARMADO Y PELIGROSO', 'ARMADO Y PELIGROSO')
      : 'ARMED AND DANGEROUS',
  armedAdvice: (language: PublicLanguage, sex: Sex | null): string =>
    language === 'es'
      ? `${byGender(sex, 'No intente detenerla', 'No intente detenerlo', 'No intente detener a esta persona')}: llame de inmediato.`
      : 'Do not attempt to apprehend. Call at once.',
  capturedBand: (language: PublicLanguage, sex: Sex | null): string =>
    language === 'es' ? byGender(sex, 'CAPTURADA', 'CAPTURADO', 'CAPTURADO') : 'CAPTURED',
};

/** The description lines a poster and the public list show, in one language ("Estatura: 1.70 m"). */
export function descriptionLines(entry: EntryDescription, language: PublicLanguage, today = new Date()): string[] {
  const es = language === 'es';
  const lines: string[] = [];
  if (entry.sex === 'FEMALE' || entry.sex === 'MALE') {
    const female = entry.sex === 'FEMALE';
    lines.push(es ? `Sexo: ${female ? 'mujer' : 'hombre'}` : `Sex: ${female ? 'female' : 'male'}`);
  }
  if (entry.approximateAge !== null)
    lines.push(es ? `Edad: alrededor de ${entry.approximateAge} años` : `Age: about ${entry.approximateAge}`);
  else if (entry.yearOfBirth !== null) {
    const age = today.getUTCFullYear() - entry.yearOfBirth;
    lines.push(
      es
        ? `${byGender(entry.sex, 'Nacida', 'Nacido', 'Año de nacimiento:')} ${byGender(entry.sex, 'en ', 'en ', '')}${entry.yearOfBirth} (unos ${age} años)`
        : `Born in ${entry.yearOfBirth} (about ${age})`,
    );
  }
  if (entry.heightCm !== null) {
    const metres = (entry.heightCm / 100).toFixed(2);
    const inches = Math.round(entry.heightCm / 2.54);
    lines.push(es ? `Estatura: ${metres} m` : `Height: ${metres} m (${Math.floor(inches / 12)} ft ${inches % 12} in)`);
  }
  if (entry.build !== null) lines.push(es ? `Complexión: ${BUILD[entry.build].es}` : `Build: ${BUILD[entry.build].en}`);
  const marks = es ? entry.distinguishingMarksEs : entry.distinguishingMarksEn;
  if (marks) lines.push(es ? `Señas particulares: ${marks}` : `Distinguishing marks: ${marks}`);
  return lines;
}
