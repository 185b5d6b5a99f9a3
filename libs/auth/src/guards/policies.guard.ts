import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '@app/core';
import { requestContextOf } from '../context/request-context.decorator';
import { IS_PUBLIC, POLICY, Policy } from './policy.decorators';

/** Global: every operation is @Public() or declares a @Can() policy; anything else is refused. */
@Injectable()
export class PoliciesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const policy = this.reflector.getAllAndOverride<Policy | undefined>(POLICY, targets);
    if (!policy) throw AppError.forbidden('This operation declares no policy');
    if (!requestContextOf(context).ability.can(policy.action, policy.subject)) {
      throw AppError.forbidden(`You may not ${policy.action} ${policy.subject} records`);
    }
    return true;
  }
}
