import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { AppError, isUuid, newId } from '@app/core';
import { Actor } from '../ability/actor';
import { RequestContext } from '../context/request-context';
import { API_KEY_SCOPES, ApiKeyScope } from './api-key-scope';
import { ApiKeyEntity } from './api-key.entity';

const SECRET_PREFIX = 'frk';
/** `frk_<key id without dashes>_<43 characters of randomness>` */
const SECRET_FORMAT = /^frk_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

function idFromHex(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

@Injectable()
export class ApiKeyService {
  constructor(private readonly dataSource: DataSource) {}

  async create(
    ctx: RequestContext,
    name: string,
    scopes: string[],
  ): Promise<{ id: string; name: string; secret: string }> {
    const unknown = scopes.find((scope) => !API_KEY_SCOPES.includes(scope as ApiKeyScope));
    if (unknown) throw AppError.badInput('scopes', `unknown scope "${unknown}" (known: ${API_KEY_SCOPES.join(', ')})`);
    if (scopes.length === 0) throw AppError.badInput('scopes', 'must name at least one scope');
    const id = newId();
    const secret = `${SECRET_PREFIX}_${id.replace(/-/g, '')}_${randomBytes(32).toString('base64url')}`;
    const row = {
      id,
      agencyId: ctx.agencyId,
      name: name.trim(),
      scopes: [...new Set(scopes)],
      secretHash: hashSecret(secret),
      createdBy: ctx.requiredActor.id,
    };
    ctx.assertCan('create', 'ApiKey', row, 'API key');
    await ctx.manager.getRepository(ApiKeyEntity).insert(row);
    ctx.audit({
      action: 'API_KEY_CREATED',
      recordOwnerAgencyId: row.agencyId,
      detail: { apiKeyId: id, name: row.name, scopes: row.scopes },
    });
    return { id, name: row.name, secret };
  }

  list(ctx: RequestContext): Promise<ApiKeyEntity[]> {
    return ctx.manager
      .getRepository(ApiKeyEntity)
      .find({ where: { agencyId: ctx.agencyId }, order: { createdAt: 'DESC' } });
  }

  async revoke(ctx: RequestContext, id: string): Promise<ApiKeyEntity> {
    const row = isUuid(id)
      ? await ctx.manager.getRepository(ApiKeyEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!row || !ctx.can('read', 'ApiKey', row)) throw AppError.notFound('API key');
    ctx.assertCan('delete', 'ApiKey', row, 'API key');
    if (!row.revokedAt) {
      row.revokedAt = new Date();
      await ctx.manager.getRepository(ApiKeyEntity).update({ id }, { revokedAt: row.revokedAt });
    }
    ctx.audit({
      action: 'API_KEY_REVOKED',
      recordOwnerAgencyId: row.agencyId,
      detail: { apiKeyId: id, name: row.name },
    });
    return row;
  }

  /** For the passport strategy: the actor a presented secret stands for, or null. */
  async authenticate(secret: string): Promise<Actor | null> {
    const match = SECRET_FORMAT.exec(secret);
    if (!match) return null;
    const repository = this.dataSource.getRepository(ApiKeyEntity);
    const key = await repository.findOneBy({ id: idFromHex(match[1]), revokedAt: IsNull() });
    if (!key || !timingSafeEqual(key.secretHash, hashSecret(secret))) return null;
    // At most one write a minute per key, not one per request.
    await repository
      .createQueryBuilder()
      .update()
      .set({ lastUsedAt: () => 'now()' })
      .where("id = :id AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')", { id: key.id })
      .execute();
    return { kind: 'apiKey', id: key.id, agencyId: key.agencyId, roles: [], scopes: key.scopes };
  }
}
