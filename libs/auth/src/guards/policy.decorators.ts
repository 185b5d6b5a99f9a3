import { SetMetadata } from '@nestjs/common';
import { Action, SubjectName } from '../ability/app-ability';

export const IS_PUBLIC = 'frontera:isPublic';
export const POLICY = 'frontera:policy';
export const TRANSACTIONAL = 'frontera:transactional';
export const DROPS_AUTH_CACHE = 'frontera:dropsAuthCache';

export interface Policy {
  action: Action;
  subject: SubjectName;
}

/** An operation anyone may call without logging in. Every other one needs a policy. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * The type-level check at the edge ("may this actor read some Suspect?"). Services check
 * the row itself, and lists filter in SQL.
 */
export const Can = (action: Action, subject: SubjectName) => SetMetadata(POLICY, { action, subject } satisfies Policy);

/** Runs the operation in one database transaction: all of it is written or none of it. */
export const Transactional = () => SetMetadata(TRANSACTIONAL, true);

/**
 * The operation changes what sessions or abilities are built from (logins, sessions, users,
 * agencies, agreements): this process drops its cached ones as it finishes, so the client's next
 * request sees the change at once (other processes learn it from PostgreSQL's notification).
 */
export const DropsAuthCache = () => SetMetadata(DROPS_AUTH_CACHE, true);
