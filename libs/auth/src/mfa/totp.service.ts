import { Injectable } from '@nestjs/common';
import { generateSecret, generateURI, verifySync } from 'otplib';
import { AppError, FieldCipher } from '@app/core';
import { RequestContext } from '../context/request-context';
import { AgencyEntity } from '../agencies/agency.entity';
import { UserEntity } from '../users/user.entity';

const ISSUER = 'Frontera';
// One 30-second step either side, for clock drift.
const EPOCH_TOLERANCE_SECONDS = 30;

export interface TotpEnrolment {
  secret: string;
  otpauthUri: string;
}

/** TOTP (RFC 6238) second factor: enrolment, and the check at login. */
@Injectable()
export class TotpService {
  constructor(private readonly cipher: FieldCipher) {}

  /** Whether the user's agency requires a TOTP code of one of the user's roles. */
  async requiredFor(ctx: RequestContext, user: UserEntity): Promise<boolean> {
    const agency = await ctx.manager.getRepository(AgencyEntity).findOneBy({ id: user.agencyId });
    return !!agency && agency.mfaRequiredRoles.some((role) => user.roles.includes(role));
  }

  /** A new secret, kept pending until a code confirms it. Re-enrolling an active factor is refused. */
  async start(ctx: RequestContext, user: UserEntity): Promise<TotpEnrolment> {
    if (user.totpEnabledAt) throw AppError.conflict('TOTP is already enabled for this account');
    const secret = generateSecret();
    await ctx.manager
      .getRepository(UserEntity)
      .update({ id: user.id }, { totpSecret: this.seal(user.id, secret), totpLastStep: null });
    return { secret, otpauthUri: generateURI({ issuer: ISSUER, label: user.email, secret }) };
  }

  /** Checks a code against the user's (pending or active) secret and consumes its time step. */
  async verify(ctx: RequestContext, user: UserEntity, code: string): Promise<boolean> {
    const row = await ctx.manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.totpSecret')
      .where('u.id = :id', { id: user.id })
      .getOne();
    if (!row?.totpSecret || !/^[0-9]{6}$/.test(code)) return false;
    const secret = this.cipher.openJson<string>(row.totpSecret, this.context(user.id));
    const result = verifySync({
      secret,
      token: code,
      epochTolerance: EPOCH_TOLERANCE_SECONDS,
      afterTimeStep: row.totpLastStep ?? undefined,
    });
    if (!result.valid || !('timeStep' in result)) return false;
    // Conditional update: the same code presented twice at once is accepted once.
    const consumed = await ctx.manager
      .getRepository(UserEntity)
      .createQueryBuilder()
      .update()
      .set({ totpLastStep: result.timeStep, ...(row.totpEnabledAt ? {} : { totpEnabledAt: () => 'now()' }) })
      .where('id = :id AND (totp_last_step IS NULL OR totp_last_step < :step)', { id: user.id, step: result.timeStep })
      .execute();
    return (consumed.affected ?? 0) === 1;
  }

  private seal(userId: string, secret: string): Buffer {
    return this.cipher.sealJson(secret, this.context(userId));
  }

  private context(userId: string): string {
    return `users.totp_secret:${userId}`;
  }
}
