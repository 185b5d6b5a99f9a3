import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GraphQLMetricsPlugin } from './graphql-metrics.plugin';
import { Metrics, PoolCounts } from './metrics';
import { METRICS_TOKEN, MetricsController } from './metrics.controller';
import { RateLimitRefusalsMiddleware } from './rate-limit-refusals.middleware';

/** Prometheus metrics at `/metrics`; imported only when METRICS_TOKEN is set (else nothing is counted). */
@Module({})
export class MetricsModule implements NestModule {
  static forRoot(token: string): DynamicModule {
    return {
      module: MetricsModule,
      controllers: [MetricsController],
      providers: [
        { provide: METRICS_TOKEN, useValue: token },
        {
          provide: Metrics,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) =>
            new Metrics({
              pool: () => (dataSource.driver as unknown as { master?: PoolCounts }).master,
              unsealedAuditRows: async () => {
                // the partial index audit_events_unsealed_idx holds exactly these rows
                const [{ count }] = (await dataSource.query(
                  'SELECT count(*)::int AS count FROM audit_events WHERE hash IS NULL',
                )) as { count: number }[];
                return count;
              },
            }),
        },
        GraphQLMetricsPlugin,
        RateLimitRefusalsMiddleware,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RateLimitRefusalsMiddleware).forRoutes('*');
  }
}
