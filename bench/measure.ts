import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { Pool } from 'pg';
import { RawQuery } from '../test/support/scale-scenarios';

export interface Stats {
  p50: number;
  p95: number;
  p99: number;
  /** Completed requests per second. */
  rps: number;
  requests: number;
  /** Non-200 answers or answers with GraphQL errors (must be 0). */
  errors: number;
  /** CPU time the API process spent per request (user + system, all threads); API runs only. */
  cpuMs?: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function stats(latencies: number[], seconds: number, errors: number): Stats {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    rps: latencies.length / seconds,
    requests: latencies.length,
    errors,
  };
}

/** CPU time a process has used so far, in ms (Linux /proc; clock ticks of 10 ms). */
export function cpuTimeMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export interface ApiRequest {
  url: string;
  token: string;
  query: string;
  variables: Record<string, unknown>;
}

/**
 * The operation over loopback with autocannon: `connections` clients, each one request at a
 * time; with `pid`, also the API process's CPU time per request.
 */
export function measureApi(request: ApiRequest, connections: number, seconds: number, pid?: number): Promise<Stats> {
  const body = JSON.stringify({ query: request.query, variables: request.variables });
  const cpuBefore = pid ? cpuTimeMs(pid) : 0;
  const latencies: number[] = [];
  let errors = 0;
  return new Promise((resolveStats, reject) => {
    const instance = autocannon(
      {
        url: `${request.url}/graphql`,
        connections,
        duration: seconds,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${request.token}` },
            body,
            onResponse: (status: number, responseBody: string) => {
              if (status !== 200 || responseBody.includes('"errors"')) errors++;
            },
          },
        ],
      },
      (error: Error | null, result: autocannon.Result) => {
        if (error) reject(error);
        else {
          const measured = stats(latencies, result.duration, errors + result.non2xx + result.errors);
          resolveStats(
            pid ? { ...measured, cpuMs: (cpuTimeMs(pid) - cpuBefore) / Math.max(measured.requests, 1) } : measured,
          );
        }
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/** The same rows by hand-written SQL through `pg`: `connections` connections, one query at a time each. */
export async function measureRaw(
  databaseUrl: string,
  raw: RawQuery,
  connections: number,
  seconds: number,
): Promise<Stats> {
  const pool = new Pool({ connectionString: databaseUrl, max: connections });
  const latencies: number[] = [];
  try {
    const started = process.hrtime.bigint();
    const end = Date.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        const client = await pool.connect();
        try {
          while (Date.now() < end) {
            const at = process.hrtime.bigint();
            await client.query(raw.sql, raw.params);
            latencies.push(Number(process.hrtime.bigint() - at) / 1e6);
          }
        } finally {
          client.release();
        }
      }),
    );
    return stats(latencies, Number(process.hrtime.bigint() - started) / 1e9, 0);
  } finally {
    await pool.end();
  }
}

/** Resident memory of a process, now and at its peak, in MB (Linux /proc). */
export function residentMemory(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}
