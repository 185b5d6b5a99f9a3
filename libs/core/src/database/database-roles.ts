import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { ConfigError } from '../config/app-config';

/**
 * The role the API connects as (made by the RowLevelSecurity migration): it owns nothing, so the
 * record tables' row-level security applies to it; the owner runs migrations, seeds and the
 * audit sealer (see README "RLS roles").
 */
export const API_DATABASE_ROLE = 'frontera_api';

/** The record tables under row-level security (the migration's), whose owner the API must not be. */
const RECORD_TABLES = ['suspects', 'organizations', 'warrants', 'tips', 'cases', 'warrant_external_refs'];

async function withClient<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * The password of the API role the app makes itself: derived from the owner's credentials and
 * the server (not the database), so every app on one server gives it the same one and none locks
 * another out; only who holds the owner's credentials can derive it.
 */
function derivedPassword(ownerUrl: URL): string {
  return createHash('sha256')
    .update(`${API_DATABASE_ROLE}\0${ownerUrl.username}\0${ownerUrl.password}\0${ownerUrl.host}`)
    .digest('base64url');
}

/**
 * Without MIGRATION_DATABASE_URL (the embedded server, tests, a development DATABASE_URL) the URL
 * the app was given is the owner's: the app lets the API role log in and connects the API as it.
 * Runs after the migrations (which make the role).
 */
export async function provisionApiRole(ownerUrl: string): Promise<string> {
  const owner = new URL(ownerUrl);
  const password = derivedPassword(owner);
  await withClient(ownerUrl, async (client) => {
    for (let attempt = 1; ; attempt++) {
      try {
        // base64url: nothing to escape
        await client.query(`ALTER ROLE ${API_DATABASE_ROLE} LOGIN PASSWORD '${password}'`);
        return;
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === '42501') {
          throw new ConfigError(
            `DATABASE_URL: its role may not let the API's role ${API_DATABASE_ROLE} log in; set MIGRATION_DATABASE_URL to the tables' owner and DATABASE_URL to ${API_DATABASE_ROLE} (README "RLS roles")`,
          );
        }
        // two apps starting on one server at once: "tuple concurrently updated"
        if (code !== 'XX000' || attempt === 3) throw error;
      }
    }
  });
  const api = new URL(ownerUrl);
  api.username = API_DATABASE_ROLE;
  api.password = password;
  return api.toString();
}

/**
 * Refuses to serve as a role that row-level security would not hold back: a superuser, a role
 * with BYPASSRLS, or the owner (or a member of the owner) of a record table.
 */
export async function assertRowLevelSecurityHolds(apiUrl: string): Promise<void> {
  const [role] = await withClient(apiUrl, async (client) => {
    const result = await client.query<{ name: string; superuser: boolean; bypass: boolean; owns: string[] }>(
      `SELECT r.rolname AS name, r.rolsuper AS superuser, r.rolbypassrls AS bypass,
              ARRAY(SELECT c.relname::text FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relname = ANY($1)
                    AND pg_has_role(current_user, c.relowner, 'USAGE')) AS owns
       FROM pg_roles r WHERE r.rolname = current_user`,
      [RECORD_TABLES],
    );
    return result.rows;
  });
  const why = role.superuser
    ? 'is a superuser'
    : role.bypass
      ? 'has BYPASSRLS'
      : role.owns.length > 0
        ? `owns ${role.owns.join(', ')}`
        : null;
  if (why) {
    throw new ConfigError(
      `DATABASE_URL: the API's role ${role.name} ${why}, so row-level security would not apply to it; connect the API as ${API_DATABASE_ROLE} and give the owner to MIGRATION_DATABASE_URL (README "RLS roles")`,
    );
  }
}

/** The name of the owner's connection in the API process (TypeORM), which only the audit sealer uses. */
export const MAINTENANCE_CONNECTION = 'maintenance';
