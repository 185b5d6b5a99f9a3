import { subject as asSubject } from '@casl/ability';
import DataLoader from 'dataloader';
import { EntityManager } from 'typeorm';
import { AppError } from '@app/core';
import { Actor } from '../ability/actor';
import { Action, AppAbility, SubjectName } from '../ability/app-ability';
import { readableFields } from '../ability/readable-fields';

/**
 * Everything a service needs to know about the request, passed as the first argument of
 * every service method: who asks, what they may do, and the entity manager of the current
 * transaction (services never open their own). Built once per request.
 */
/** Something to record in the audit log; who and when come from the context. */
export interface AuditEntry {
  action: string;
  recordType?: string | null;
  recordId?: string | null;
  recordOwnerAgencyId?: string | null;
  detail?: Record<string, unknown>;
}

export class RequestContext {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  private readonly auditKeys = new Set<string>();
  /** Written to the audit log before the answer leaves (see the sharing library's flush). */
  readonly auditEntries: AuditEntry[] = [];

  constructor(
    readonly actor: Actor | null,
    readonly ability: AppAbility,
    /** Swapped for a transactional manager by the @Transactional() interceptor. */
    public manager: EntityManager,
    /** Correlates logs and errors of one request. */
    readonly requestId: string,
  ) {}

  /** The actor, for operations that need a login (the guards have made sure of it). */
  get requiredActor(): Actor {
    if (!this.actor) throw AppError.unauthenticated();
    return this.actor;
  }

  get agencyId(): string {
    return this.requiredActor.agencyId;
  }

  can(action: Action, type: SubjectName, row?: object, field?: string): boolean {
    return row ? this.ability.can(action, asSubject(type, { ...row }) as never, field) : this.ability.can(action, type, field);
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
    if (action !== 'read' && this.can('read', type, row)) throw AppError.forbidden(`You may not ${action} this ${what}`);
    throw AppError.notFound(what);
  }

  /** Records an audit entry once per request (a record read twice in one answer is one read). */
  audit(entry: AuditEntry): void {
    const key = `${entry.action}:${entry.recordType ?? ''}:${entry.recordId ?? ''}`;
    if (this.auditKeys.has(key)) return;
    this.auditKeys.add(key);
    this.auditEntries.push(entry);
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
