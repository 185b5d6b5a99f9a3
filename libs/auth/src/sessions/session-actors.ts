import { Injectable } from '@nestjs/common';
import { Actor } from '../ability/actor';
import { AuthStateCache } from '../auth-state/auth-state-cache';
import { RequestContext } from '../context/request-context';
import { RequestContextFactory } from '../context/request-context.factory';
import { SessionActor, sessionIdOf } from './session-actor';
import { SessionService } from './session.service';

/**
 * A person's actor from their token's session, as it is now: a disabled user, one moved to
 * another agency, or a session ended by logout loses access at once; new roles count at once.
 * One query checks the user and the session together, and its answer is reused only until such
 * a change (AuthStateCache) or the session's end.
 */
@Injectable()
export class SessionActors {
  constructor(
    private readonly sessions: SessionService,
    private readonly authState: AuthStateCache,
    private readonly contexts: RequestContextFactory,
  ) {}

  async actorOf(userId: string, sessionId: string, agencyId: string): Promise<SessionActor | null> {
    const session = await this.authState.remember(
      `session:${String(sessionId)}`,
      () => this.sessions.findLiveSession(userId, sessionId),
      (live) => live.expiresAt.getTime(),
    );
    const user = session?.user;
    if (
      !session ||
      !user ||
      session.expiresAt.getTime() <= Date.now() ||
      user.id !== userId ||
      user.agencyId !== agencyId
    )
      return null;
    return { kind: 'user', id: user.id, agencyId: user.agencyId, roles: user.roles, scopes: [], sessionId };
  }

  /**
   * For what outlives a request (a subscription): the context its next event is decided with,
   * from the session as it is now; null once the session has ended or the user was disabled.
   */
  async refreshed(actor: Actor): Promise<RequestContext | null> {
    const sessionId = sessionIdOf(actor);
    const current = sessionId ? await this.actorOf(actor.id, sessionId, actor.agencyId) : null;
    return current ? this.contexts.create(current) : null;
  }
}
