import { Inject, Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { RequestContext, whereAccessible } from '@app/auth';
import {
  APP_CONFIG,
  AppConfig,
  AppError,
  ConnectionShape,
  emptyConnection,
  FieldCipher,
  isUuid,
  keysetPage,
  newId,
  PageArgs,
} from '@app/core';
import { refusedWebhookHost } from './webhook-address';
import { WebhookDeliveryEntity, WebhookDeliveryStatus } from './webhook-delivery.entity';
import { WebhookEntity } from './webhook.entity';

const LOOPBACK = /^http:\/\/(127\.0\.0\.1|localhost)(:\d{1,5})?(\/|$)/;
const MAX_WEBHOOKS = 5;

/** The context the secret is sealed under: a sealed secret cannot be moved to another webhook. */
export function secretContext(webhookId: string): string {
  return `webhook:${webhookId}`;
}

/** An agency's admins register, list and remove its webhooks, and read their delivery log. */
@Injectable()
export class WebhooksService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cipher: FieldCipher,
  ) {}

  async create(ctx: RequestContext, url: string, secret: string): Promise<WebhookEntity> {
    const parsed = URL.canParse(url) ? new URL(url) : null;
    const allowed =
      parsed && (parsed.protocol === 'https:' || (this.config.nodeEnv !== 'production' && LOOPBACK.test(url)));
    if (!parsed || !allowed || parsed.username || parsed.password)
      throw AppError.badInput('url', 'must be an https:// URL without credentials');
    // an internal address (SSRF); a hostname is checked against its addresses at every delivery
    const refused = refusedWebhookHost(parsed, this.config.nodeEnv === 'production');
    if (refused) throw AppError.badInput('url', `must not point inside the network: ${refused}`);
    const repository = ctx.manager.getRepository(WebhookEntity);
    if ((await repository.countBy({ agencyId: ctx.agencyId, deletedAt: IsNull() })) >= MAX_WEBHOOKS)
      throw AppError.conflict(`An agency has at most ${MAX_WEBHOOKS} webhooks`);
    const id = newId();
    const row = {
      id,
      agencyId: ctx.agencyId,
      url: parsed.toString(),
      secretSealed: this.cipher.sealJson(secret, secretContext(id)),
      createdBy: ctx.requiredActor.id,
      createdAt: new Date(),
      deletedAt: null,
    };
    ctx.assertCan('create', 'Webhook', row, 'webhook');
    await repository.insert(row);
    ctx.audit({
      action: 'WEBHOOK_CREATED',
      recordOwnerAgencyId: row.agencyId,
      detail: { webhookId: id, url: row.url },
    });
    return row;
  }

  list(ctx: RequestContext): Promise<WebhookEntity[]> {
    const qb = ctx.manager.getRepository(WebhookEntity).createQueryBuilder('w').where('w.deleted_at IS NULL');
    if (!whereAccessible(qb, ctx.ability, 'read', 'Webhook')) return Promise.resolve([]);
    return qb.orderBy('w.id', 'DESC').getMany();
  }

  /** No more deliveries to it: those still pending end FAILED. */
  async delete(ctx: RequestContext, id: string): Promise<WebhookEntity> {
    const row = await this.visible(ctx, id);
    ctx.assertCan('delete', 'Webhook', row, 'webhook');
    const deletedAt = new Date();
    await ctx.manager.getRepository(WebhookEntity).update({ id: row.id }, { deletedAt });
    await ctx.manager
      .getRepository(WebhookDeliveryEntity)
      .update(
        { webhookId: row.id, status: WebhookDeliveryStatus.PENDING },
        { status: WebhookDeliveryStatus.FAILED, lastError: 'the webhook was deleted' },
      );
    ctx.audit({
      action: 'WEBHOOK_DELETED',
      recordOwnerAgencyId: row.agencyId,
      detail: { webhookId: row.id, url: row.url },
    });
    return { ...row, deletedAt };
  }

  /** The delivery log of one webhook, newest first. */
  async deliveries(
    ctx: RequestContext,
    webhookId: string,
    args: PageArgs,
  ): Promise<ConnectionShape<WebhookDeliveryEntity>> {
    const webhook = await this.visible(ctx, webhookId);
    const qb = ctx.manager
      .getRepository(WebhookDeliveryEntity)
      .createQueryBuilder('d')
      .where('d.webhook_id = :id', { id: webhook.id });
    if (!whereAccessible(qb, ctx.ability, 'read', 'Webhook')) return emptyConnection<WebhookDeliveryEntity>(args);
    return keysetPage(qb, { cursors: ctx.cursors, list: 'WebhookDelivery', idSql: 'd.id', args, count: async () => 0 });
  }

  private async visible(ctx: RequestContext, id: string): Promise<WebhookEntity> {
    const qb = ctx.manager.getRepository(WebhookEntity).createQueryBuilder('w').where('w.deleted_at IS NULL');
    const row =
      isUuid(id) && whereAccessible(qb, ctx.ability, 'read', 'Webhook')
        ? await qb.andWhere('w.id = :id', { id }).getOne()
        : null;
    if (!row) throw AppError.notFound('webhook');
    return row;
  }
}
