import { Actor } from '../ability/actor';

/** A person's actor as the JWT strategy builds it: with the session its token belongs to. */
export type SessionActor = Actor & { sessionId: string };

export function sessionIdOf(actor: Actor | null): string | null {
  return (actor as Partial<SessionActor> | null)?.sessionId ?? null;
}
