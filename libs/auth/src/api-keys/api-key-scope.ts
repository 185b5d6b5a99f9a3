/** What an API key may do, e.g. push warrant status changes from a court system. */
export const API_KEY_SCOPES = ['warrants:sync', 'warrants:read'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];
