/** Below this many bits of estimated guessing work a configured secret is refused in production. */
export const MIN_SECRET_BITS = 80;

/**
 * How many guesses (log2) zxcvbn's attacker model needs for `secret`: repeats, sequences,
 * keyboard walks, dates and common words count for little, so `"a" x 32` or
 * `changeme-changeme-…` score near zero whatever their length. It counts a random character
 * as one in ten, so a random 32-character hex or base64 secret scores about 100 bits.
 */
export function estimatedSecretBits(secret: string): number {
  // Loaded only when a production start checks its secrets: the dictionaries take ~18 MB of heap.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ZxcvbnFactory } = require('@zxcvbn-ts/core') as typeof import('@zxcvbn-ts/core');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const common = require('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
  const estimator = new ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs });
  return estimator.check(secret).guessesLog10 * Math.log2(10);
}
