import { Role } from '@app/core';

/** Who is asking: a person (JWT) or an integration script (API key), always on behalf of one agency. */
export interface Actor {
  kind: 'user' | 'apiKey';
  /** The user's or the API key's id. */
  id: string;
  agencyId: string;
  roles: Role[];
  /** API key scopes, e.g. `warrants:sync`; empty for people. */
  scopes: string[];
}
