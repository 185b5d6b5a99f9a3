import { SetMetadata } from '@nestjs/common';
import { Action, SubjectName } from '../ability/app-ability';

export const IS_PUBLIC = 'frontera:isPublic';
export const POLICY = 'frontera:policy';
export const TRANSACTIONAL = 'frontera:transactional';

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
