import { Controller, Get, HttpCode, HttpException, HttpStatus } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Public } from '@app/auth';

const HEALTH_TIMEOUT_MS = 3_000;

@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /** 200 when the database answers, 503 otherwise (for load balancers and orchestrators). */
  @Public()
  @Get()
  @HttpCode(HttpStatus.OK)
  async health(): Promise<{ status: string; database: string }> {
    let timer: NodeJS.Timeout | undefined;
    // A database that hangs (rather than refusing) must still turn the check to 503 promptly.
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('health check timed out')), HEALTH_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.dataSource.query('SELECT 1'), timeout]);
      return { status: 'ok', database: 'up' };
    } catch {
      throw new HttpException({ status: 'unavailable', database: 'down' }, HttpStatus.SERVICE_UNAVAILABLE);
    } finally {
      clearTimeout(timer);
    }
  }
}
