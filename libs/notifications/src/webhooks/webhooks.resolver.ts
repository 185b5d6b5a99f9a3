import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can, Ctx, RequestContext, Transactional } from '@app/auth';
import { PageArgs } from '@app/core';
import { CreateWebhookArgs, Webhook, WebhookDeliveryConnection } from './webhook.types';
import { WebhooksService } from './webhooks.service';

/** Agency admins: the agency's notifications POSTed to its own systems. */
@Resolver(() => Webhook)
export class WebhooksResolver {
  constructor(private readonly service: WebhooksService) {}

  @Can('create', 'Webhook')
  @Transactional()
  @Mutation(() => Webhook, {
    description:
      "Agency admins: every notification of the agency's people is POSTed there too, signed with the secret.",
  })
  createWebhook(@Ctx() ctx: RequestContext, @Args() { url, secret }: CreateWebhookArgs): Promise<Webhook> {
    return this.service.create(ctx, url, secret);
  }

  @Can('delete', 'Webhook')
  @Transactional()
  @Mutation(() => Webhook, { description: 'Agency admins: no more deliveries to it (those still pending end FAILED).' })
  deleteWebhook(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'A webhook of your agency.' }) id: string,
  ): Promise<Webhook> {
    return this.service.delete(ctx, id);
  }

  @Can('read', 'Webhook')
  @Query(() => [Webhook], { description: "Agency admins: the agency's webhooks." })
  webhooks(@Ctx() ctx: RequestContext): Promise<Webhook[]> {
    return this.service.list(ctx);
  }

  @Can('read', 'Webhook')
  @Query(() => WebhookDeliveryConnection, { description: "Agency admins: a webhook's delivery log, newest first." })
  webhookDeliveries(
    @Ctx() ctx: RequestContext,
    @Args('webhookId', { type: () => ID, description: 'A webhook of your agency.' }) webhookId: string,
    @Args() page: PageArgs,
  ): Promise<WebhookDeliveryConnection> {
    return this.service.deliveries(ctx, webhookId, page);
  }
}
