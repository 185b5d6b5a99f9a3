import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { AuthModule } from '@app/auth';
import { CampaignsModule } from '@app/campaigns';
import { CasesModule } from '@app/cases';
import { AppConfig, CoreModule, DateTimeScalar, Logger, MAINTENANCE_CONNECTION } from '@app/core';
import { NotificationsModule } from '@app/notifications';
import { SharingModule } from '@app/sharing';
import { graphqlWsOptions, subscriptionContext } from './graphql/subscriptions';
import { DatabaseUrls, dataSourceOptions } from './database/data-source-options';
import { QueryLogger, SqlObserver } from './database/query-logger';
import { errorLogPlugin, formatError } from './graphql/format-error';
import { queryCostPlugin } from './graphql/query-cost.plugin';
import { queryLimitRules } from './graphql/query-limits';
import { requestLogPlugin } from './graphql/request-log.plugin';
import { describeRootTypes } from './graphql/root-descriptions';
import { sandboxPlugin } from './graphql/sandbox.plugin';
import { cacheControlDisabled } from './graphql/cache-control.plugin';
import { NodeResolver } from './graphql/node.resolver';
import { inputValidationPipe } from './graphql/validation.pipe';
import { ConsoleController } from './console/console.controller';
import { HealthController } from './health/health.controller';
import { MetricsModule } from './observability/metrics.module';
import { limitWsConnections } from './server/ws-connection-limits';
import { TracingModule } from './observability/tracing.module';

@Module({})
export class AppModule {
  /**
   * `observeSql` sees every statement with its parameters (only the query-plan CLI sets it).
   * Without `databaseUrls` nothing connects: the schema CLI only builds the GraphQL schema.
   */
  static forRoot(
    config: AppConfig,
    databaseUrls: DatabaseUrls | null,
    logger: Logger,
    observeSql?: SqlObserver,
  ): DynamicModule {
    const development = config.nodeEnv !== 'production';
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, logger),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrls?.api ?? '', {
            logger: new QueryLogger(logger, observeSql),
            logging: ['query', 'error'],
          }),
          manualInitialization: databaseUrls === null,
        }),
        // The tables' owner, for the audit sealer alone (it links rows the API role may only append).
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrls?.owner ?? '', {
            logger: new QueryLogger(logger),
            logging: ['query', 'error'],
            extra: { max: 2 },
          }),
          name: MAINTENANCE_CONNECTION,
          manualInitialization: databaseUrls === null,
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          transformSchema: describeRootTypes,
          // a field typed `Date` by its TypeScript type alone is the contract's DateTime too
          buildSchemaOptions: { scalarsMap: [{ type: () => Date, scalar: DateTimeScalar }] },
          // HTTP: the request; graphql-ws: a request made of the connection's `connectionParams` (subscriptions.ts)
          context: subscriptionContext,
          subscriptions: {
            'graphql-ws': limitWsConnections(graphqlWsOptions(formatError(logger)), {
              jwtSecret: config.jwtSecret,
              maxConnections: config.wsMaxConnections,
            }),
          },
          formatError: formatError(logger),
          // Apollo's own messages into the JSON log too.
          logger,
          includeStacktraceInErrorResponses: false,
          introspection: development,
          // Production: no "Did you mean …?" hints that would reveal the schema to a prober.
          hideSchemaDetailsFromClientErrors: !development,
          csrfPrevention: true,
          allowBatchedHttpRequests: false,
          // The parser stops past maxTokens, so no document costs more than that to read.
          parseOptions: { maxTokens: config.limits.maxTokens },
          validationRules: queryLimitRules(config.limits),
          plugins: [
            cacheControlDisabled(),
            queryCostPlugin(config.limits.maxCost),
            requestLogPlugin,
            errorLogPlugin(logger),
            ...(development ? [sandboxPlugin()] : []),
          ],
          graphiql: false,
          playground: false,
        }),
        AuthModule,
        AuditModule,
        CasesModule,
        SharingModule,
        CampaignsModule,
        NotificationsModule,
        TracingModule,
        ...(config.metricsToken ? [MetricsModule.forRoot(config.metricsToken)] : []),
      ],
      controllers: [HealthController, ConsoleController],
      providers: [{ provide: APP_PIPE, useValue: inputValidationPipe }, NodeResolver],
    };
  }
}
