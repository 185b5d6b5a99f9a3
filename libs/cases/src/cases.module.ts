import { Module, OnModuleInit } from '@nestjs/common';
import { AbilityFactory, AuthModule } from '@app/auth';
import { CaseParticipationRules } from './cases/case-participation.rules';
import { CASE_PROVIDERS } from './cases/case.providers';
import { ORGANIZATION_PROVIDERS } from './organizations/organization.providers';
import { RecordFieldsResolver } from './records/record-fields.resolver';
import { RecordSharingFieldsResolver } from './records/record-sharing-fields.resolver';
import { SUSPECT_PROVIDERS } from './suspects/suspect.providers';
import { TIP_PROVIDERS } from './tips/tip.providers';
import { WARRANT_SYNC_PROVIDERS } from './warrant-sync/warrant-sync.providers';
import { WARRANT_PROVIDERS } from './warrants/warrant.providers';

/** The case records: one folder per record type, each listing its providers. */
@Module({
  imports: [AuthModule],
  providers: [
    RecordFieldsResolver,
    RecordSharingFieldsResolver,
    ...SUSPECT_PROVIDERS,
    ...ORGANIZATION_PROVIDERS,
    ...WARRANT_PROVIDERS,
    ...TIP_PROVIDERS,
    ...CASE_PROVIDERS,
    ...WARRANT_SYNC_PROVIDERS,
  ],
  exports: [...SUSPECT_PROVIDERS, ...ORGANIZATION_PROVIDERS, ...WARRANT_PROVIDERS, ...TIP_PROVIDERS, ...CASE_PROVIDERS],
})
export class CasesModule implements OnModuleInit {
  constructor(
    private readonly abilities: AbilityFactory,
    private readonly participationRules: CaseParticipationRules,
  ) {}

  onModuleInit(): void {
    this.abilities.addContributor(this.participationRules);
  }
}
