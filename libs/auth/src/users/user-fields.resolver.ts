import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DateTimeScalar } from '@app/core';
import { Agency } from '../agencies/agency.type';
import { Ctx } from '../context/request-context.decorator';
import { RequestContext } from '../context/request-context';
import { User } from './user.type';
import { UsersService } from './users.service';

@Resolver(() => User)
export class UserFieldsResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => Agency)
  agency(@Ctx() ctx: RequestContext, @Parent() user: User): Promise<Agency> {
    return this.users.agency(ctx, user.agencyId);
  }

  /** False once disabled: the person cannot log in, and their sessions have ended. */
  @ResolveField(() => Boolean, {
    description: 'False once disabled: the person cannot log in, and their sessions have ended.',
  })
  async active(@Ctx() ctx: RequestContext, @Parent() user: User): Promise<boolean> {
    return user.active ?? (await this.users.account(ctx, user.id)).active;
  }

  /** The person themselves and their agency's admins; null for everyone else. */
  @ResolveField(() => DateTimeScalar, {
    nullable: true,
    description: "Their last login; only for the person themselves and their agency's admins (null for everyone else).",
  })
  async lastLoginAt(@Ctx() ctx: RequestContext, @Parent() user: User): Promise<Date | null> {
    if (!ctx.can('read', 'User', { id: user.id, agencyId: user.agencyId })) return null;
    return user.lastLoginAt !== undefined ? user.lastLoginAt : (await this.users.account(ctx, user.id)).lastLoginAt;
  }

  /** "es" or "en": the language the system writes to the person in (the invitation e-mail); as lastLoginAt, for them and their admins. */
  @ResolveField(() => String, {
    nullable: true,
    description:
      '"es" or "en": the language the system writes to them in; only for the person themselves and their agency\'s admins.',
  })
  async language(@Ctx() ctx: RequestContext, @Parent() user: User): Promise<string | null> {
    if (!ctx.can('read', 'User', { id: user.id, agencyId: user.agencyId })) return null;
    return user.language ?? (await this.users.account(ctx, user.id)).language;
  }
}
