import { Module, OnModuleInit } from '@nestjs/common';
import { AbilityFactory, AuthModule } from '@app/auth';
import { CasesModule } from '@app/cases';
import { NotificationsModule } from '@app/notifications';
import { AgreementRulesContributor } from './agreements/agreement-rules.contributor';
import { AgreementResolver } from './agreements/agreement.resolver';
import { AgreementService } from './agreements/agreement.service';
import { CrossBorderMatch } from './discovery/cross-border-match';
import { DiscoveryService } from './discovery/discovery.service';
import { DiscoveryResolver } from './discovery/discovery.resolver';
import { ReferralFeedbackFieldsResolver } from './shares/referral-feedback-fields.resolver';
import { ReferralFeedbackService } from './shares/referral-feedback.service';
import { ShareDecisionsService } from './shares/share-decisions.service';
import { ShareExpiryNotices } from './shares/share-expiry-notices';
import { ShareNotifications } from './shares/share-notifications';
import { ShareRequestsService } from './shares/share-requests.service';
import { SharingRequestResolver } from './shares/sharing-request.resolver';

/** Agreements (the sharing policies), share requests and decisions, what both add to every recipient's ability, discovery and the automatic cross-border match. */
@Module({
  imports: [AuthModule, CasesModule, NotificationsModule],
  providers: [
    AgreementRulesContributor,
    AgreementService,
    AgreementResolver,
    DiscoveryService,
    DiscoveryResolver,
    CrossBorderMatch,
    ShareRequestsService,
    ShareDecisionsService,
    ShareNotifications,
    ShareExpiryNotices,
    SharingRequestResolver,
    ReferralFeedbackService,
    ReferralFeedbackFieldsResolver,
  ],
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
