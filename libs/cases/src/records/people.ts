import { In } from 'typeorm';
import { RequestContext, User, UserEntity } from '@app/auth';

/**
 * A person a record names (a note's author, a task's or tip's assignee, a timeline's actor),
 * batched per request. Only ever called for a record the viewer reads, and a field of it the
 * viewer may read: the person is part of what the record shows, as an author is of a note.
 */
export function personById(ctx: RequestContext, id: string): Promise<User> {
  return ctx
    .loader<string, User>('people', async (ids) => {
      const rows = await ctx.manager.getRepository(UserEntity).findBy({ id: In([...ids]) });
      const byId = new Map(
        rows.map(({ id: userId, agencyId, email, displayName, roles }) => [
          userId,
          { id: userId, agencyId, email, displayName, roles },
        ]),
      );
      return ids.map((key) => byId.get(key) ?? new Error(`user ${key} missing`));
    })
    .load(id);
}
