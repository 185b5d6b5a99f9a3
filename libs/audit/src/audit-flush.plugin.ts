import { ApolloServerPlugin, GraphQLRequestListener, GraphQLServerContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { Plugin } from '@nestjs/apollo';
import { Inject } from '@nestjs/common';
import { GraphQLError, Kind, OperationDefinitionNode } from 'graphql';
import {
  AuditEntry,
  AuditOutcome,
  RECORD_SUBJECTS,
  REQUEST_CONTEXT_KEY,
  RequestContext,
  RequestWithContext,
  refusedSubjectOf,
} from '@app/auth';
import { AppError, ErrorCode, LOGGER, Logger } from '@app/core';
import { AuditAction, OPERATION_ACTIONS } from './audit-action';
import { AuditLogService } from './audit-log.service';

/** Refusals: the actor may not (or is not who it claims to be). Every other error is a failure. */
const DENIALS = new Set<string>([ErrorCode.FORBIDDEN, ErrorCode.UNAUTHENTICATED]);
/** Not audited: a flood of refused calls would otherwise write a row each (the rate limiter counts them). */
const UNAUDITED = new Set<string>([ErrorCode.RATE_LIMITED]);

/**
 * The entry of an operation (a root field) that answered with an error: DENIED for a refusal,
 * FAILED for anything else a mutation met; a query is audited only when refused. Names the
 * record a refused change was about, where the service said (RequestContext.assertCan).
 */
export function failedOperationEntry(
  error: GraphQLError,
  operation: 'query' | 'mutation' | 'subscription',
): AuditEntry | null {
  const field = error.path?.length === 1 ? error.nodes?.[0] : undefined;
  if (!field || field.kind !== 'Field') return null;
  const original = unwrapResolverError(error);
  const code =
    original instanceof AppError
      ? original.code
      : typeof error.extensions.code === 'string'
        ? error.extensions.code
        : ErrorCode.INTERNAL_SERVER_ERROR;
  const denied = DENIALS.has(code);
  if (UNAUDITED.has(code) || (operation !== 'mutation' && !denied)) return null;
  const action = operation === 'mutation' ? OPERATION_ACTIONS[field.name.value] : AuditAction.QUERY;
  if (!action) return null;
  const outcome: AuditOutcome = denied ? 'DENIED' : 'FAILED';
  const details = original instanceof AppError ? original.details : {};
  const detail: Record<string, unknown> = {
    code,
    ...(details.reason ? { reason: details.reason } : {}),
    ...(details.field ? { field: details.field } : {}),
  };
  if (action === AuditAction.QUERY) detail.operation = field.name.value;
  const subject = refusedSubjectOf(original);
  if (subject && (RECORD_SUBJECTS as readonly string[]).includes(subject.type)) {
    return {
      action,
      outcome,
      recordType: subject.type.toUpperCase(),
      recordId: subject.id,
      recordOwnerAgencyId: subject.ownerAgencyId,
      detail,
    };
  }
  return { action, outcome, detail: subject ? { ...detail, subject: subject.type, subjectId: subject.id } : detail };
}

/**
 * Writes each request's remaining audit entries before its answer leaves (those of a write's
 * transaction are already in), adding one for each operation that was refused or failed (and
 * for a mutation that succeeded without recording its own, see recordUnrecorded): an audited request is in the database by the time the client sees the answer, even if the
 * process dies right after.
 */
@Plugin()
export class AuditFlushPlugin implements ApolloServerPlugin<{ req: RequestWithContext }> {
  constructor(
    private readonly auditLog: AuditLogService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Fail-closed, like policies: a mutation whose refusals could not be audited stops the start. */
  async serverWillStart({ schema }: GraphQLServerContext): Promise<void> {
    const missing = Object.keys(schema.getMutationType()?.getFields() ?? {}).filter(
      (name) => !(name in OPERATION_ACTIONS),
    );
    if (missing.length > 0)
      throw new Error(
        `Mutations without an audit action: ${missing.join(', ')} (add them to OPERATION_ACTIONS in libs/audit/src/audit-action.ts)`,
      );
  }

  async requestDidStart(): Promise<GraphQLRequestListener<{ req: RequestWithContext }>> {
    const contextOf = (req: RequestWithContext): RequestContext | undefined => req[REQUEST_CONTEXT_KEY];
    const failedKeys: unknown[] = [];
    return {
      didEncounterErrors: async ({ errors, contextValue, operation }) => {
        failedKeys.push(...errors.map((error) => error.path?.[0]));
        const ctx = contextOf(contextValue.req);
        if (!ctx || !operation) return;
        for (const error of errors) {
          const entry = failedOperationEntry(error, operation.operation);
          // an entry the operation recorded itself (a failed login, naming the account) comes first and wins
          if (entry) ctx.audit(entry);
        }
      },
      willSendResponse: async ({ contextValue, operation }) => {
        const ctx = contextOf(contextValue.req);
        if (!ctx) return;
        if (operation?.operation === 'mutation') this.recordUnrecorded(ctx, operation, failedKeys);
        await this.auditLog.append(ctx);
      },
    };
  }

  /**
   * A mutation that succeeded without recording its action (its service forgot the call) still
   * gets its row, written after the answer rather than in its transaction, and a warning: the
   * call belongs in the service.
   */
  private recordUnrecorded(ctx: RequestContext, operation: OperationDefinitionNode, failedKeys: unknown[]): void {
    for (const selection of operation.selectionSet.selections) {
      if (selection.kind !== Kind.FIELD) continue;
      const action = OPERATION_ACTIONS[selection.name.value];
      if (!action || failedKeys.includes((selection.alias ?? selection.name).value) || ctx.hasRecorded(action))
        continue;
      this.logger.warn(
        { operation: selection.name.value, action },
        'a mutation succeeded without recording its audit entry; recorded after the answer',
      );
      ctx.audit({ action, detail: { operation: selection.name.value } });
    }
  }
}
