import { IncomingMessage } from 'node:http';
import { jwtVerify } from 'jose';
import { clientAddressOf } from '@app/auth';

/** graphql-ws close code for a connection over a limit (4429, after HTTP's 429). */
export const TOO_MANY_CONNECTIONS = 4429;
/** Open graphql-ws connections of one person (or, without a valid token, of one client address) per process. */
export const WS_MAX_CONNECTIONS_PER_USER = 10;

/** The part of graphql-ws's Context the limits read. */
interface ConnectionContext {
  connectionParams?: Readonly<Record<string, unknown>>;
  extra?: unknown;
}

/** The ws socket graphql-ws puts in `extra`. */
interface Socket {
  readonly readyState: number;
  readonly OPEN: number;
  close(code: number, reason: string): void;
}

interface WsOptions {
  onConnect: (ctx: ConnectionContext) => boolean | Promise<boolean>;
  onClose?: (ctx: ConnectionContext, code?: number, reason?: string) => void | Promise<void>;
}

export interface WsConnectionLimits {
  /** HS256 key of the access tokens (JWT_SECRET): a connection counts against the person its token names. */
  jwtSecret: string;
  /** Open connections in this process (WS_MAX_CONNECTIONS). */
  maxConnections: number;
  perUser?: number;
}

/**
 * Caps the graphql-ws connections of this process: at most `maxConnections` in all and
 * `perUser` per person. The person is the `sub` of a valid access token in `connectionParams`;
 * a connection whose token does not verify (its subscriptions get UNAUTHENTICATED) counts
 * against its client address instead, so made-up tokens cannot fill the process. Over a limit
 * the connection is closed with 4429 "Too many connections"; a closed one frees its place.
 */
export function limitWsConnections<T extends WsOptions>(
  options: T,
  limits: WsConnectionLimits,
): Omit<T, keyof WsOptions> & Required<WsOptions> {
  const key = new TextEncoder().encode(limits.jwtSecret);
  const perUser = limits.perUser ?? WS_MAX_CONNECTIONS_PER_USER;
  const counted = new WeakMap<object, string>();
  const perHolder = new Map<string, number>();
  let total = 0;

  const holderOf = async (ctx: ConnectionContext, request?: IncomingMessage): Promise<string> => {
    const authorization = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
    const token = typeof authorization === 'string' ? authorization.replace(/^Bearer /, '') : '';
    try {
      const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'] });
      if (typeof payload.sub === 'string') return `user:${payload.sub}`;
    } catch {
      // not a valid token: counted by address below
    }
    return `address:${clientAddressOf({ socket: request?.socket })}`;
  };

  return {
    ...options,
    onConnect: async (ctx: ConnectionContext) => {
      if (!(await options.onConnect(ctx))) return false;
      const { socket, request } = (ctx.extra ?? {}) as { socket?: Socket; request?: IncomingMessage };
      const holder = await holderOf(ctx, request);
      // closed while its token was checked: onClose has run already, nothing to count
      if (!socket || socket.readyState !== socket.OPEN) return false;
      const held = perHolder.get(holder) ?? 0;
      if (total >= limits.maxConnections || held >= perUser) {
        // graphql-ws then closes with 4403, which the socket, already closing, ignores
        socket.close(TOO_MANY_CONNECTIONS, 'Too many connections');
        return false;
      }
      total++;
      perHolder.set(holder, held + 1);
      counted.set(ctx, holder);
      return true;
    },
    onClose: async (ctx: ConnectionContext, code?: number, reason?: string) => {
      const holder = counted.get(ctx);
      if (holder !== undefined) {
        counted.delete(ctx);
        total--;
        const held = (perHolder.get(holder) ?? 1) - 1;
        if (held > 0) perHolder.set(holder, held);
        else perHolder.delete(holder);
      }
      await options.onClose?.(ctx, code, reason);
    },
  };
}
