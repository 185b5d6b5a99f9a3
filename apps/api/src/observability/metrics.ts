import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** What the pool gauges read: pg's Pool, under TypeORM's PostgreSQL driver. */
export interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options: { max?: number };
}

export interface MetricSources {
  /** The database pool, once TypeORM has one. */
  pool(): PoolCounts | undefined;
  /** Audit rows not yet sealed into the hash chain. */
  unsealedAuditRows(): Promise<number>;
}

/** Unsealed rows are counted at most this often, however often Prometheus scrapes. */
const AUDIT_BACKLOG_CACHE_MS = 5_000;

/**
 * The API's Prometheus metrics (prom-client), in a registry of their own. Every label has a
 * bounded set of values: an operation is its root field (never the client's operation name),
 * an outcome `ok` or an error code.
 */
export class Metrics {
  readonly registry = new Registry();

  private readonly operations = new Counter({
    name: 'frontera_graphql_operations_total',
    help: 'GraphQL operations answered, by type, root field (`(multiple)` for several, `(invalid)` before one is known) and outcome (`ok` or the first error code)',
    labelNames: ['type', 'operation', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly durations = new Histogram({
    name: 'frontera_graphql_operation_duration_seconds',
    help: 'Time from the start of GraphQL processing to the answer, by type, root field and outcome',
    labelNames: ['type', 'operation', 'outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  private readonly refusals = new Counter({
    name: 'frontera_rate_limit_refusals_total',
    help: 'Requests refused as RATE_LIMITED, by GraphQL root field or HTTP route',
    labelNames: ['operation'] as const,
    registers: [this.registry],
  });

  private auditBacklog: { rows: number; at: number } | null = null;

  constructor(sources: MetricSources) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'frontera_db_pool_connections',
      help: 'Connections of the database pool: total (open), idle, and waiting (requests queued for one)',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const pool = sources.pool();
        if (!pool) return;
        this.set({ state: 'total' }, pool.totalCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    });
    new Gauge({
      name: 'frontera_db_pool_max_connections',
      help: 'The most connections the database pool opens',
      registers: [this.registry],
      collect() {
        const max = sources.pool()?.options.max;
        if (max !== undefined) this.set(max);
      },
    });
    const unsealedRows: Gauge = new Gauge({
      name: 'frontera_audit_unsealed_rows',
      help: `Audit rows appended but not yet sealed into the hash chain (counted at most every ${AUDIT_BACKLOG_CACHE_MS / 1000} s)`,
      registers: [this.registry],
      collect: async () => {
        const cached = this.auditBacklog;
        if (!cached || Date.now() - cached.at >= AUDIT_BACKLOG_CACHE_MS) {
          // a database that does not answer leaves the last count (and the pool gauges tell why)
          const rows = await sources.unsealedAuditRows().catch(() => cached?.rows);
          if (rows !== undefined) this.auditBacklog = { rows, at: Date.now() };
        }
        if (this.auditBacklog) unsealedRows.set(this.auditBacklog.rows);
      },
    });
  }

  operationAnswered(type: string, operation: string, outcome: string, seconds: number): void {
    this.operations.inc({ type, operation, outcome });
    this.durations.observe({ type, operation, outcome }, seconds);
  }

  refused(operation: string): void {
    this.refusals.inc({ operation });
  }
}
