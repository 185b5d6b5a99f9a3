import { Controller, Get, HttpCode, HttpException, HttpStatus } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotRateLimited, Public } from '@app/auth';
import { MIGRATIONS } from '../../../../migrations';

const HEALTH_TIMEOUT_MS = 3_000;
const MIGRATION_NAMES = MIGRATIONS.map((migration) => migration.name);

interface Readiness {
  status: 'ok' | 'unavailable';
  database: 'up' | 'down';
  /** Migrations this build has that the database has not applied. */
  pendingMigrations?: number;
}

/**
 * For orchestrators and load balancers: never rate limited (a probe every second must not
 * turn into a restart), no login. `/health/live`: the process answers. `/health/ready` (and
 * `/health`): the database answers and has every migration of this build applied; 503 when not.
 */
@Public()
@NotRateLimited()
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('live')
  @HttpCode(HttpStatus.OK)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get(['', 'ready'])
  @HttpCode(HttpStatus.OK)
  async ready(): Promise<Readiness> {
    let timer: NodeJS.Timeout | undefined;
    // A database that hangs (rather than refusing) must still turn the check to 503 promptly.
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('health check timed out')), HEALTH_TIMEOUT_MS);
    });
    let pending: number;
    try {
      const [row] = (await Promise.race([
        this.dataSource.query('SELECT count(*)::int AS applied FROM migrations WHERE name = ANY($1)', [
          MIGRATION_NAMES,
        ]),
        timeout,
      ])) as { applied: number }[];
      pending = MIGRATION_NAMES.length - row.applied;
    } catch {
      throw new HttpException(
        { status: 'unavailable', database: 'down' } satisfies Readiness,
        HttpStatus.SERVICE_UNAVAILABLE,
      );
    } finally {
      clearTimeout(timer);
    }
    if (pending > 0)
      throw new HttpException(
        { status: 'unavailable', database: 'up', pendingMigrations: pending } satisfies Readiness,
        HttpStatus.SERVICE_UNAVAILABLE,
      );
    return { status: 'ok', database: 'up' };
  }
}
