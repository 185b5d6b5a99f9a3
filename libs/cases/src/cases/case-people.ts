import { In } from 'typeorm';
import { RequestContext, User, UserEntity } from '@app/auth';

/**
 * The people named on a case's notes, tasks and timeline (authors, assignees, actors), batched
 * per request. Only ever called for rows of a case the viewer reads: the person is part of what
 * the case shows, the way an author's name is part of a note.
 */
export function caseUser(ctx: RequestContext, id: string): Promise<User> {
  return ctx
    .loader<string, User>('Case:people', async (ids) => {
      const rows = await ctx.manager.getRepository(UserEntity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map(({ id: userId, agencyId, email, displayName, roles }) => [userId, { id: userId, agencyId, email, displayName, roles }]));
      return ids.map((key) => byId.get(key) ?? new Error(`user ${key} missing`));
    })
    .load(id);
}
