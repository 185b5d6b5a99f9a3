import { Client } from 'pg';
import { settingsAfter, settingsBefore } from './agency-scope';
import { preparedStatement } from './prepared-statements';

/**
 * pg's client as the API's pool makes it (`dataSourceOptions`): before each statement, the
 * connection's settings are brought to what its holder acts for (agency-scope), and
 * parameterized reads go as named prepared statements (prepared-statements).
 */
export class ApiPgClient extends Client {}

type Query = (this: Client, ...args: unknown[]) => unknown;
const baseQuery = Client.prototype.query as Query;

// Assigned, not overridden in the class: pg's overloads of `query` admit no single override.
ApiPgClient.prototype.query = function (this: Client, ...args: unknown[]): unknown {
  const [text, values, callback] = args;
  // a config object or a stream (not TypeORM's way): as it is
  if (typeof text !== 'string') return baseQuery.apply(this, args);
  const settings = settingsBefore(this, text);
  const prepared = callback === undefined ? preparedStatement(this, text, values) : null;
  const send = () => (prepared ? baseQuery.call(this, prepared) : baseQuery.apply(this, args));
  if (typeof callback === 'function' || typeof values === 'function') {
    // callback style (no caller of ours): the settings statement queues ahead of it
    if (settings) (baseQuery.call(this, settings.sql) as Promise<unknown>).catch(() => settingsAfter(this, '', true));
    return send();
  }
  const ran = (): Promise<unknown> =>
    (send() as Promise<unknown>).then(
      (result) => {
        settingsAfter(this, text, false);
        return result;
      },
      (error: unknown) => {
        settingsAfter(this, text, true);
        throw error;
      },
    );
  if (!settings) return ran();
  settings.log?.(settings.sql);
  return (baseQuery.call(this, settings.sql) as Promise<unknown>).then(ran, (error: unknown) => {
    settingsAfter(this, settings.sql, true);
    throw error;
  });
} as Client['query'];
