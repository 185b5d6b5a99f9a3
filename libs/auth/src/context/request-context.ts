import { subject as asSubject } from '@casl/ability';
import DataLoader from 'dataloader';
import { EntityManager, QueryRunner } from 'typeorm';
import { AppError, CursorCodec } from '@app/core';
import { Actor } from '../ability/actor';
import { Action, AppAbility, SubjectName } from '../ability/app-ability';
import { readableFields } from '../ability/readable-fields';

/** Whether what an audit entry describes happened, was refused, or failed. */
export type AuditOutcome = 'SUCCESS' | 'DENIED' | 'FAILED';

/**
 * Something to record in the audit log (the audit library writes it); when and which request
 * come from the context, and who unless `actor` says.
 */
export interface AuditEntry {
  /** A name from the audit library's AuditAction (checked when written). */
  action: string;
  /** SUCCESS unless said. */
  outcome?: AuditOutcome;
  recordType?: string | null;
  recordId?: string | null;
  recordOwnerAgencyId?: string | null;
  /** The fields an update changed: names, never values. */
  changedFields?: string[] | null;
  detail?: Record<string, unknown>;
  /** Who, when the request has no actor of its own: a failed login names the account it tried. */
  actor?: Actor;
}

/** The record a refused change was about, kept beside the error (the client never sees it). */
export interface RefusedSubject {
  type: SubjectName;
  id: string | null;
  ownerAgencyId: string | null;
}

const refusedSubjects = new WeakMap<object, RefusedSubject>();

/** What `assertCan` refused, for the audit entry of the refused operation. */
export function refusedSubjectOf(error: unknown): RefusedSubject | null {
  return (typeof error === 'object' && error && refusedSubjects.get(error)) || null;
}

/** Where a transaction's query runner keeps the context of the operation it runs (see `withTransaction`). */
const TRANSACTION_CONTEXT = 'fronteraRequestContext';

/** The context of the operation a transaction runs, for work at its commit (the audit log's entries). */
export function transactionContextOf(queryRunner: QueryRunner | undefined): RequestContext | null {
  return (queryRunner?.data as Record<string, RequestContext | undefined> | undefined)?.[TRANSACTION_CONTEXT] ?? null;
}

/**
 * Everything a service needs to know about the request, passed as the first argument of
 * every service method: who asks, what they may do, and the entity manager of the current
 * transaction (services never open their own). Built once per request; immutable: an
 * operation in a transaction gets a child (`withTransaction`).
 */
export class RequestContext {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  private readonly auditKeys = new Set<string>();
  /** Every action recorded in the request, its transactions' children included. */
  private readonly recordedActions: Set<string>;
  private readonly auditEntries: AuditEntry[] = [];

  constructor(
    readonly actor: Actor | null,
    readonly ability: AppAbility,
    readonly manager: EntityManager,
    /** Correlates logs, errors and audit entries of one request. */
    readonly requestId: string,
    /** Seals and opens the cursors of every list (one format, one key). */
    readonly cursors: CursorCodec,
    /** The request's context, when this one is the child of a transaction. */
    private readonly parent: RequestContext | null = null,
  ) {
    this.recordedActions = parent ? parent.recordedActions : new Set();
  }

  /**
   * A child for one operation's transaction: the same actor, ability and request, the
   * transaction's manager, DataLoaders of its own (they read inside the transaction), and audit
   * entries of its own, written in that transaction just before it commits (the audit library
   * finds them through the query runner), so a write and its entry are kept or lost together.
   */
  withTransaction(manager: EntityManager): RequestContext {
    if (!manager.queryRunner?.isTransactionActive)
      throw new Error('withTransaction needs the manager of a running transaction');
    const child = new RequestContext(this.actor, this.ability, manager, this.requestId, this.cursors, this);
    (manager.queryRunner.data as Record<string, unknown>)[TRANSACTION_CONTEXT] = child;
    return child;
  }

  /** The actor, for operations that need a login (the guards have made sure of it). */
  get requiredActor(): Actor {
    if (!this.actor) throw AppError.unauthenticated();
    return this.actor;
  }

  get agencyId(): string {
    return this.requiredActor.agencyId;
  }

  can(action: Action, type: SubjectName, row?: object, field?: string): boolean {
    return row
      ? this.ability.can(action, asSubject(type, { ...row }) as never, field)
      : this.ability.can(action, type, field);
  }

  /** Which of `fields` the actor may read on this row (see `readableFields`). */
  readableFields(type: SubjectName, row: object, fields: string[]): Set<string> {
    return readableFields(this.ability, type, row, fields);
  }

  /**
   * Checks a single loaded row before changing it. A row the actor may not even read
   * answers NOT_FOUND (hidden looks like missing); a visible one they may not change, FORBIDDEN.
   */
  assertCan(action: Action, type: SubjectName, row: object, what: string): void {
    if (this.can(action, type, row)) return;
    const error =
      action !== 'read' && this.can('read', type, row)
        ? AppError.forbidden(`You may not ${action} this ${what}`)
        : AppError.notFound(what);
    const { id, ownerAgencyId } = row as { id?: string; ownerAgencyId?: string };
    refusedSubjects.set(error, { type, id: id ?? null, ownerAgencyId: ownerAgencyId ?? null });
    throw error;
  }

  /**
   * Records an audit entry, once per request (a record read twice in one answer is one read).
   * In a transaction's child, a SUCCESS entry is written in that transaction; a DENIED or FAILED
   * one goes to the request, since what did not happen outlives the rollback.
   */
  audit(entry: AuditEntry): void {
    if (this.parent && entry.outcome && entry.outcome !== 'SUCCESS') return this.parent.audit(entry);
    const key = `${entry.action}:${entry.outcome ?? 'SUCCESS'}:${entry.recordType ?? ''}:${entry.recordId ?? ''}`;
    if (this.auditKeys.has(key)) return;
    this.auditKeys.add(key);
    this.recordedActions.add(entry.action);
    this.auditEntries.push(entry);
  }

  /** Whether the request (or one of its transactions) recorded `action`, whatever became of the entry. */
  hasRecorded(action: string): boolean {
    return this.recordedActions.has(action);
  }

  /** The entries recorded so far, handed over once to whoever writes them (the audit library). */
  takeAuditEntries(): AuditEntry[] {
    return this.auditEntries.splice(0);
  }

  /** A DataLoader cached for this request under `key` (batching and per-request caching). */
  loader<K, V>(key: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    let loader = this.loaders.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch);
      this.loaders.set(key, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}
