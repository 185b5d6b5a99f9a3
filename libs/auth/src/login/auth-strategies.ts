/** The passport strategies the global guard tries, in order. */
export const AUTH_STRATEGIES = ['jwt'] as const;
