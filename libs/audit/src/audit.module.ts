import { Module, OnModuleInit } from '@nestjs/common';
import { AbilityFactory, AuthModule } from '@app/auth';
import { AuditChainService } from './audit-chain.service';
import { AuditCommitSubscriber } from './audit-commit.subscriber';
import { AuditFlushPlugin } from './audit-flush.plugin';
import { AuditLogService } from './audit-log.service';
import { AuditRulesContributor } from './audit-rules.contributor';
import { AuditSealer } from './audit-sealer';
import { AuditTrailService } from './audit-trail.service';
import { AuditResolver } from './audit.resolver';

/**
 * The audit log every library writes (through `ctx.audit`): entries written in the write's
 * transaction or before the answer leaves, the hash chain with its sealer and signed
 * checkpoints, and the queries over it.
 */
@Module({
  imports: [AuthModule],
  providers: [
    AuditLogService,
    AuditCommitSubscriber,
    AuditFlushPlugin,
    AuditChainService,
    AuditSealer,
    AuditTrailService,
    AuditResolver,
    AuditRulesContributor,
  ],
  exports: [AuditLogService],
})
export class AuditModule implements OnModuleInit {
  constructor(
    private readonly abilities: AbilityFactory,
    private readonly rules: AuditRulesContributor,
  ) {}

  onModuleInit(): void {
    this.abilities.addContributor(this.rules);
  }
}
