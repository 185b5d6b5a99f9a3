import { Injectable } from '@nestjs/common';
import { RequestContext } from '../context/request-context';
import { AgencyEntity } from './agency.entity';
import { UpdateAgencyInput } from './update-agency.input';

/** The agency's own settings, changed by its admins. */
@Injectable()
export class AgencyService {
  async update(ctx: RequestContext, input: UpdateAgencyInput): Promise<AgencyEntity> {
    const agency = await ctx.manager
      .getRepository(AgencyEntity)
      .findOneOrFail({ where: { id: ctx.agencyId }, lock: { mode: 'pessimistic_write' } });
    ctx.assertCan('update', 'Agency', agency, 'agency');
    if (!input.mfaRequiredRoles) return agency;
    const mfaRequiredRoles = [...new Set(input.mfaRequiredRoles)].sort();
    await ctx.manager.getRepository(AgencyEntity).update({ id: agency.id }, { mfaRequiredRoles });
    ctx.audit({
      action: 'AGENCY_UPDATED',
      recordOwnerAgencyId: agency.id,
      changedFields: ['mfaRequiredRoles'],
      detail: { mfaRequiredRoles: { from: agency.mfaRequiredRoles, to: mfaRequiredRoles } },
    });
    return { ...agency, mfaRequiredRoles };
  }
}
