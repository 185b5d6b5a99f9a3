import { DataSourceOptions } from 'typeorm';
import { AgencyEntity, ApiKeyEntity, SessionEntity, UserEntity, UserInvitationEntity } from '@app/auth';
import { CAMPAIGNS_ENTITIES } from '@app/campaigns';
import { CASES_ENTITIES } from '@app/cases';
import { ApiPgClient, SnakeNamingStrategy } from '@app/core';
import { NOTIFICATIONS_ENTITIES } from '@app/notifications';
import { AgreementEntity, ReferralFeedbackEntity, ShareEntity } from '@app/sharing';
import { MIGRATIONS } from '../../../../migrations';

/** Entities and migrations are listed, not globbed: globs do not survive a bundle. */
export const ENTITIES = [
  AgencyEntity,
  UserEntity,
  UserInvitationEntity,
  ApiKeyEntity,
  SessionEntity,
  ...CASES_ENTITIES,
  AgreementEntity,
  ShareEntity,
  ReferralFeedbackEntity,
  ...CAMPAIGNS_ENTITIES,
  ...NOTIFICATIONS_ENTITIES,
];

/** The API's two connections: its own role (row-level security applies) and the tables' owner (the audit sealer). */
export interface DatabaseUrls {
  api: string;
  owner: string;
}

export function dataSourceOptions(url: string, overrides: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // A PostgreSQL that hangs (not refuses) must not make requests wait forever.
    connectTimeoutMS: 5_000,
    // JIT compiles a statement whose estimated cost is high (jit_above_cost), which for the
    // API's statements of a few milliseconds costs more than it saves: 370 ms of compiling for a
    // 30 ms search page at 1,000,000 suspects. No parallel plans either: the API's statements
    // read pages, and a search relies on its branches running in order (rankedIds).
    // A request holds one connection from its first statement to its answer (its reads are one
    // transaction acting for its agency: row-level security), so the pool is sized for requests
    // in flight, not for statements: pg's default of 10 made the 16 clients of the benchmark queue.
    // The acting agency kept in step, reads as prepared statements (ApiPgClient).
    ...overrides,
    extra: {
      options: '-c jit=off -c max_parallel_workers_per_gather=0',
      max: 20,
      Client: ApiPgClient,
      ...(overrides as { extra?: object }).extra,
    },
  } as DataSourceOptions;
}
