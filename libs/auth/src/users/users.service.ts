import { Injectable } from '@nestjs/common';
import { In, DataSource } from 'typeorm';
import { RequestContext } from '../context/request-context';
import { AgencyEntity } from '../agencies/agency.entity';
import { UserEntity } from './user.entity';

@Injectable()
export class UsersService {
  constructor(private readonly dataSource: DataSource) {}

  /** For authentication, before any RequestContext exists. */
  findActive(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id, active: true });
  }

  findByEmail(ctx: RequestContext, email: string): Promise<UserEntity | null> {
    return ctx.manager.getRepository(UserEntity).findOneBy({ email: email.trim().toLowerCase() });
  }

  recordLogin(ctx: RequestContext, id: string): Promise<unknown> {
    return ctx.manager.getRepository(UserEntity).update({ id }, { lastLoginAt: new Date() });
  }

  me(ctx: RequestContext): Promise<UserEntity> {
    return ctx.manager.getRepository(UserEntity).findOneByOrFail({ id: ctx.requiredActor.id });
  }

  /** A person's account state (active, last login), batched per request. */
  account(ctx: RequestContext, id: string): Promise<Pick<UserEntity, 'active' | 'lastLoginAt' | 'language'>> {
    return ctx
      .loader<string, Pick<UserEntity, 'active' | 'lastLoginAt' | 'language'>>('user-accounts', async (ids) => {
        const rows = await ctx.manager
          .getRepository(UserEntity)
          .find({ select: { id: true, active: true, lastLoginAt: true, language: true }, where: { id: In([...ids]) } });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((key) => byId.get(key) ?? new Error(`user ${key} missing`));
      })
      .load(id);
  }

  /** Agencies by id, batched per request. The agency directory is readable by every user. */
  agency(ctx: RequestContext, id: string): Promise<AgencyEntity> {
    return ctx
      .loader<string, AgencyEntity>('agencies', async (ids) => {
        const rows = await ctx.manager.getRepository(AgencyEntity).findBy({ id: In([...ids]) });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((key) => byId.get(key) ?? new Error(`agency ${key} missing`));
      })
      .load(id);
  }
}
