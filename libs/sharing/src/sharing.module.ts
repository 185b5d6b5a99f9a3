import { Module, OnModuleInit } from '@nestjs/common';
import { AbilityFactory, AuthModule } from '@app/auth';
import { AgreementRulesContributor } from './agreements/agreement-rules.contributor';
import { AgreementResolver } from './agreements/agreement.resolver';
import { AgreementService } from './agreements/agreement.service';
import { AuditFlushPlugin } from './audit/audit-flush.plugin';
import { AuditLogService } from './audit/audit-log.service';
import { AuditSealer } from './audit/audit-sealer';
import { AuditTrailService } from './audit/audit-trail.service';
import { AuditResolver } from './audit/audit.resolver';
import { DiscoveryService } from './discovery/discovery.service';
import { DiscoveryResolver } from './discovery/discovery.resolver';
import { ReferralFeedbackFieldsResolver } from './shares/referral-feedback-fields.resolver';
import { ReferralFeedbackService } from './shares/referral-feedback.service';
import { ShareDecisionsService } from './shares/share-decisions.service';
import { ShareRequestsService } from './shares/share-requests.service';
import { SharingRequestResolver } from './shares/sharing-request.resolver';

/** Agreements (the sharing policies), share requests and decisions, what both add to every recipient's ability, discovery and the audit log. */
@Module({
  imports: [AuthModule],
  providers: [
    AgreementRulesContributor,
    AgreementService,
    AgreementResolver,
    AuditLogService,
    AuditFlushPlugin,
    AuditSealer,
    AuditTrailService,
    AuditResolver,
    DiscoveryService,
    DiscoveryResolver,
    ShareRequestsService,
    ShareDecisionsService,
    SharingRequestResolver,
    ReferralFeedbackService,
    ReferralFeedbackFieldsResolver,
  ],
  exports: [AuditLogService],
})
export class SharingModule implements OnModuleInit {
  constructor(
    private readonly abilities: AbilityFactory,
    private readonly agreementRules: AgreementRulesContributor,
  ) {}

  onModuleInit(): void {
    this.abilities.addContributor(this.agreementRules);
  }
}
