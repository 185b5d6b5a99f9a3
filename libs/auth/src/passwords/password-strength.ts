import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

export const MIN_PASSWORD_LENGTH = 12;
/** argon2 hashes anything, but a megabyte of "password" is a denial of service, not a password. */
export const MAX_PASSWORD_LENGTH = 256;
/** zxcvbn's score: 3 is "safely unguessable: moderate protection from an offline slow-hash scenario". */
const MIN_SCORE = 3;

let estimator: ZxcvbnFactory | null = null;

/** Built on first use: the dictionaries (common passwords, English and Spanish words and names) take ~25 MB of heap. */
function passwordEstimator(): ZxcvbnFactory {
  if (estimator) return estimator;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { ZxcvbnFactory: Factory } = require('@zxcvbn-ts/core') as typeof import('@zxcvbn-ts/core');
  const common = require('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
  const en = require('@zxcvbn-ts/language-en') as typeof import('@zxcvbn-ts/language-en');
  const es = require('@zxcvbn-ts/language-es-es') as typeof import('@zxcvbn-ts/language-es-es');
  /* eslint-enable @typescript-eslint/no-require-imports */
  estimator = new Factory({
    dictionary: { ...common.dictionary, ...en.dictionary, ...es.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return estimator;
}

export type PasswordWeakness = 'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_LONG' | 'PASSWORD_TOO_COMMON';

/**
 * What is wrong with a password, or null: at least MIN_PASSWORD_LENGTH characters and not
 * guessable: common passwords, words, names, keyboard walks, dates and the person's own details
 * (`personal`: e-mail, name) count for little (zxcvbn-ts).
 */
export function passwordWeakness(
  password: string,
  personal: string[],
): { reason: PasswordWeakness; message: string } | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH)
    return { reason: 'PASSWORD_TOO_SHORT', message: `must be at least ${MIN_PASSWORD_LENGTH} characters long` };
  if (length > MAX_PASSWORD_LENGTH)
    return { reason: 'PASSWORD_TOO_LONG', message: `must be at most ${MAX_PASSWORD_LENGTH} characters long` };
  const words = personal
    .flatMap((text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .filter((word) => word.length >= 3);
  const result = passwordEstimator().check(password, words);
  if (result.score >= MIN_SCORE) return null;
  const hint = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ');
  return { reason: 'PASSWORD_TOO_COMMON', message: `is too easy to guess${hint ? `: ${hint}` : ''}` };
}
