import { Module, OnModuleInit } from '@nestjs/common';
import { AbilityFactory, AuthModule } from '@app/auth';
import { AgreementRulesContributor } from './agreements/agreement-rules.contributor';
import { AgreementResolver } from './agreements/agreement.resolver';
import { AgreementService } from './agreements/agreement.service';

/** Agreements (the sharing policies), and what they add to every recipient's ability. */
@Module({
  imports: [AuthModule],
  providers: [AgreementRulesContributor, AgreementService, AgreementResolver],
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
