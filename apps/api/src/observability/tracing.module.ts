import { Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { stopTracing } from './tracing';

@Injectable()
class TracingShutdown implements OnApplicationShutdown {
  async onApplicationShutdown(): Promise<void> {
    await stopTracing();
  }
}

/** Flushes the traces when the app closes (tracing itself starts before the app: see tracing.ts). */
@Module({ providers: [TracingShutdown] })
export class TracingModule {}
