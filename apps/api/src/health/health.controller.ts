import { Controller, Get, HttpCode, HttpException, HttpStatus } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Public } from '@app/auth';

@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /** 200 when the database answers, 503 otherwise (for load balancers and orchestrators). */
  @Public()
  @Get()
  @HttpCode(HttpStatus.OK)
  async health(): Promise<{ status: string; database: string }> {
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok', database: 'up' };
    } catch {
      throw new HttpException({ status: 'unavailable', database: 'down' }, HttpStatus.SERVICE_UNAVAILABLE);
    }
  }
}
