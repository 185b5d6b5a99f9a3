import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { apiCursorCodec, APP_CONFIG, AppConfig, CursorCodec } from '@app/core';
import { AbilityFactory } from '../ability/ability.factory';
import { Actor } from '../ability/actor';
import { RequestContext } from './request-context';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

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

  async create(actor: Actor | null, requestIdHeader?: string | string[]): Promise<RequestContext> {
    const manager = this.dataSource.manager;
    const ability = await this.abilities.forActor(actor, manager);
    const requestId = typeof requestIdHeader === 'string' && REQUEST_ID.test(requestIdHeader) ? requestIdHeader : randomUUID();
    return new RequestContext(actor, ability, manager, requestId, this.cursors);
  }
}
