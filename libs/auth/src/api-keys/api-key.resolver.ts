import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../context/request-context.decorator';
import { RequestContext } from '../context/request-context';
import { Can, Transactional } from '../guards/policy.decorators';
import { ApiKey, ApiKeyCreated } from './api-key.types';
import { ApiKeyService } from './api-key.service';
import { CreateApiKeyArgs } from './create-api-key.args';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  constructor(private readonly apiKeyService: ApiKeyService) {}

  @Can('create', 'ApiKey')
  @Transactional()
  @Mutation(() => ApiKeyCreated, { description: 'Agency admins. The secret is shown once; send it as X-API-Key.' })
  createApiKey(@Ctx() ctx: RequestContext, @Args() { name, scopes }: CreateApiKeyArgs): Promise<ApiKeyCreated> {
    return this.apiKeyService.create(ctx, name, scopes);
  }

  @Can('read', 'ApiKey')
  @Query(() => [ApiKey], { description: "The agency's API keys, without secrets." })
  apiKeys(@Ctx() ctx: RequestContext): Promise<ApiKey[]> {
    return this.apiKeyService.list(ctx);
  }

  @Can('delete', 'ApiKey')
  @Transactional()
  @Mutation(() => ApiKey, { description: 'Agency admins: the key stops working at once, for good.' })
  revokeApiKey(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: "The key's id (ApiKey.id)." }) id: string,
  ): Promise<ApiKey> {
    return this.apiKeyService.revoke(ctx, id);
  }
}
