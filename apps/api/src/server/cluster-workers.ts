import cluster, { Worker } from 'node:cluster';
import { Logger } from '@app/core';

/** What a worker tells its primary once its server accepts connections. */
const LISTENING = 'frontera:listening';

export function reportListening(): void {
  process.send?.({ type: LISTENING });
}

export interface RunningWorkers {
  /** SIGTERM to every worker (each drains its requests), then waits for them all; false when one exited uncleanly. */
  stop(): Promise<boolean>;
}

/**
 * Forks `count` workers (node:cluster: they share the listening socket, and nothing else but
 * PostgreSQL and Redis) and resolves once each one listens. A worker that dies while serving
 * is replaced; one that dies before it ever listened fails the start, or later calls
 * `onGivenUp` once the others have stopped (a worker that cannot start would only die again).
 */
export function startWorkers(
  count: number,
  env: Record<string, string>,
  logger: Logger,
  stopTimeoutMs: number,
  onGivenUp: () => void,
): Promise<RunningWorkers> {
  const listening = new Set<number>();
  const exits = new Map<number, Promise<number | null>>();
  let stopping = false;
  let clean = true;

  return new Promise((resolveStart, rejectStart) => {
    let started = false;
    const fork = (): void => {
      const worker = cluster.fork(env);
      exits.set(worker.id, new Promise((resolveExit) => worker.once('exit', (code) => resolveExit(code))));
      worker.on('message', (message: { type?: string }) => {
        if (message?.type !== LISTENING) return;
        listening.add(worker.id);
        if (!started && listening.size === count) {
          started = true;
          resolveStart({ stop });
        }
      });
      worker.once('exit', (code, signal) => onExit(worker, code, signal));
    };

    const onExit = (worker: Worker, code: number | null, signal: string | null): void => {
      const served = listening.delete(worker.id);
      if (code !== 0) clean = false;
      if (stopping) return;
      if (served) {
        logger.error({ worker: worker.id, code, signal }, 'A worker died: starting another');
        fork();
        return;
      }
      stopping = true;
      logger.fatal({ worker: worker.id, code, signal }, 'A worker died before it listened: stopping');
      void stopAll().then(() => (started ? onGivenUp() : rejectStart(new Error('a worker could not start'))));
    };

    const stopAll = async (): Promise<boolean> => {
      stopping = true;
      const alive = Object.values(cluster.workers ?? {}).filter(
        (worker): worker is Worker => worker !== undefined && !worker.isDead(),
      );
      for (const worker of alive) worker.process.kill('SIGTERM');
      // Each worker bounds its own drain and pool close; past twice that it is killed.
      const killer = setTimeout(
        () => alive.forEach((worker) => worker.isDead() || worker.process.kill('SIGKILL')),
        2 * stopTimeoutMs + 5_000,
      );
      await Promise.all([...exits.values()]);
      clearTimeout(killer);
      return clean;
    };

    const stop = (): Promise<boolean> => stopAll();
    for (let i = 0; i < count; i++) fork();
  });
}
