import { Module } from '@nestjs/common';
import { AuthModule } from '@app/auth';
import { AuditFlushPlugin } from './audit-flush.plugin';
import { AuditLogService } from './audit-log.service';
import { AuditSealer } from './audit-sealer';
import { AuditTrailService } from './audit-trail.service';
import { AuditResolver } from './audit.resolver';

/** The audit log every library writes: entries, the hash chain and its sealer, and the queries over it. */
@Module({
  imports: [AuthModule],
  providers: [AuditLogService, AuditFlushPlugin, AuditSealer, AuditTrailService, AuditResolver],
  exports: [AuditLogService],
})
export class AuditModule {}
