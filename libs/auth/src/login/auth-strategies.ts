/** The passport strategies the global guard tries, in order: people first, then scripts. */
export const AUTH_STRATEGIES = ['jwt', 'api-key'] as const;
