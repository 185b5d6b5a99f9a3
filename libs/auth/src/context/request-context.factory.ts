import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { agencyReads, apiCursorCodec, APP_CONFIG, AppConfig, CursorCodec } from '@app/core';
import { AbilityFactory } from '../ability/ability.factory';
import { Actor } from '../ability/actor';
import { RequestContext } from './request-context';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** How each request's reads end (see `endRequestReads`). */
const readEnds = new WeakMap<RequestContext, () => Promise<void>>();

/**
 * Returns the request's connection to the pool once its last statement ran: before a GraphQL
 * answer leaves (RequestReadsPlugin), or when the HTTP response closes. Idempotent.
 */
export function endRequestReads(ctx: RequestContext): Promise<void> {
  return readEnds.get(ctx)?.() ?? Promise.resolve();
}

@Injectable()
export class RequestContextFactory {
  private readonly cursors: CursorCodec;

  constructor(
    private readonly dataSource: DataSource,
    private readonly abilities: AbilityFactory,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.cursors = apiCursorCodec(config.encryptionKey);
  }

  /**
   * The request's context. Its manager reads on one connection acting for the actor's agency
   * (row-level security; none for the public), taken by its first statement.
   */
  async create(actor: Actor | null, requestIdHeader?: string | string[]): Promise<RequestContext> {
    const ability = await this.abilities.forActor(actor, this.dataSource.manager);
    const requestId =
      typeof requestIdHeader === 'string' && REQUEST_ID.test(requestIdHeader) ? requestIdHeader : randomUUID();
    const reads = agencyReads(this.dataSource, actor?.agencyId ?? null);
    const ctx = new RequestContext(actor, ability, reads.manager, requestId, this.cursors);
    readEnds.set(ctx, reads.end);
    return ctx;
  }
}
