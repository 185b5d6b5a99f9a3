import { Server } from 'node:http';
import { Duplex } from 'node:stream';
import { AppConfig, Logger } from '@app/core';
import { DatabaseUrls } from '../database/data-source-options';
import { createApp } from '../http/create-app';

export interface RunningApi {
  port: number;
  /** Stops accepting, drains in-flight requests (SHUTDOWN_TIMEOUT_MS), closes the pool; false when it had to cut something off. */
  stop(): Promise<boolean>;
}

/** The API on HOST:PORT in this process (the only one, or one cluster worker among several). */
export async function startApiServer(
  config: AppConfig,
  databaseUrls: DatabaseUrls,
  logger: Logger,
): Promise<RunningApi> {
  const app = await createApp(config, databaseUrls, logger);
  await app.listen(config.port, config.host);
  const server = app.getHttpServer() as Server;
  // graphql-ws subscriptions: upgraded connections the HTTP server no longer drains or closes
  const upgraded = new Set<Duplex>();
  server.on('upgrade', (_request, socket: Duplex) => {
    upgraded.add(socket);
    socket.once('close', () => upgraded.delete(socket));
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : config.port,
    async stop() {
      // A subscription never ends by itself: its clients reconnect (to another instance) and read what they missed from the list.
      for (const socket of upgraded) socket.destroy();
      // Stop accepting and drain first: app.close() destroys the pool before it closes the HTTP server.
      const drained = await closeHttpServer(server, config.shutdownTimeoutMs);
      if (!drained)
        logger.warn(
          `In-flight requests still running after SHUTDOWN_TIMEOUT_MS (${config.shutdownTimeoutMs} ms): closing their connections`,
        );
      // A request cut off holds its pool client; bound the pool's end so the process still exits.
      const closed = await withinTimeout(app.close(), config.shutdownTimeoutMs);
      if (!closed) logger.warn('The database pool did not close in time');
      return drained && closed;
    },
  };
}

/** Stops accepting connections and waits for in-flight requests; past the timeout, cuts them off. */
async function closeHttpServer(server: Server, timeoutMs: number): Promise<boolean> {
  const closed = new Promise<void>((resolveClose) => server.close(() => resolveClose()));
  // Keep-alive connections turn idle as their request finishes and would hold the server open.
  server.closeIdleConnections();
  const sweeper = setInterval(() => server.closeIdleConnections(), 100);
  const drained = await withinTimeout(closed, timeoutMs);
  clearInterval(sweeper);
  if (!drained) {
    server.closeAllConnections();
    await closed;
  }
  return drained;
}

export function withinTimeout(work: Promise<unknown>, timeoutMs: number): Promise<boolean> {
  return new Promise((resolveWork) => {
    const timer = setTimeout(() => resolveWork(false), timeoutMs);
    work.then(
      () => {
        clearTimeout(timer);
        resolveWork(true);
      },
      () => {
        clearTimeout(timer);
        resolveWork(false);
      },
    );
  });
}
