import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PageArgs } from '@app/core';
import { Ctx } from '../context/request-context.decorator';
import { RequestContext } from '../context/request-context';
import { Can, DropsAuthCache, Transactional } from '../guards/policy.decorators';
import { AccountsService } from './accounts.service';
import { CreateUserInput, UpdateUserInput } from './user.inputs';
import { User, UserConnection, UserInvitation } from './user.type';

/** Agency admins run their agency's people (the `update User` rule is theirs alone). */
@Resolver()
export class UsersResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Can('update', 'User')
  @Query(() => UserConnection, { description: "Agency admins: the agency's people, newest first." })
  users(@Ctx() ctx: RequestContext, @Args() page: PageArgs): Promise<UserConnection> {
    return this.accounts.list(ctx, page);
  }

  @Can('create', 'User')
  @Transactional()
  @DropsAuthCache()
  @Mutation(() => UserInvitation, {
    description: 'Agency admins. The invitation token is shown once (valid 72 hours, usable once).',
  })
  createUser(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'Who, and their roles.' }) input: CreateUserInput,
  ): Promise<UserInvitation> {
    return this.accounts.create(ctx, input);
  }

  @Can('update', 'User')
  @Transactional()
  @DropsAuthCache()
  @Mutation(() => User, { description: 'Agency admins; a role change holds from the next request on.' })
  updateUser(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'A person of your agency.' }) id: string,
    @Args('input', { description: 'What to change.' }) input: UpdateUserInput,
  ): Promise<User> {
    return this.accounts.update(ctx, id, input);
  }

  @Can('update', 'User')
  @Transactional()
  @DropsAuthCache()
  @Mutation(() => User, {
    description: 'Agency admins: the person can no longer log in, and every session of theirs ends at once.',
  })
  disableUser(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'A person of your agency.' }) id: string,
  ): Promise<User> {
    return this.accounts.disable(ctx, id);
  }

  @Can('update', 'User')
  @Transactional()
  @DropsAuthCache()
  @Mutation(() => User, {
    description: 'Agency admins: a disabled person may log in again (their old sessions stay ended).',
  })
  enableUser(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'A person of your agency.' }) id: string,
  ): Promise<User> {
    return this.accounts.enable(ctx, id);
  }

  @Can('update', 'User')
  @Transactional()
  @DropsAuthCache()
  @Mutation(() => UserInvitation, {
    description:
      'Agency admins: the old password and every session end at once; the new invitation sets the next password.',
  })
  resetUserPassword(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'A person of your agency.' }) id: string,
  ): Promise<UserInvitation> {
    return this.accounts.resetPassword(ctx, id);
  }
}
