import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/core';
import { rateLimited } from './rate-limited.error';
import { RateLimitStore } from './rate-limit-store';

const WINDOW_MS = 15 * 60 * 1000;
const LOCK_MS = 15 * 60 * 1000;
export const MAX_ACCOUNT_FAILURES = 10;

/**
 * Failed logins per account (10 in 15 minutes close it to logins for 15 minutes, even with
 * the right password) and per client address (LOGIN_FAILURES_PER_ADDRESS). Accounts are
 * counted by the normalized email whether or not it exists, so a lockout reveals nothing.
 */
@Injectable()
export class LoginLimitsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly store: RateLimitStore,
  ) {}

  /** Before the password is even checked: RATE_LIMITED while the account or address is closed. */
  async assertOpen(email: string, address: string): Promise<void> {
    const [account, fromAddress] = await Promise.all([
      this.store.blockedSeconds(this.accountKey(email)),
      this.store.blockedSeconds(this.addressKey(address)),
    ]);
    if (account > 0) throw rateLimited('Too many failed logins for this account: try again later', account);
    if (fromAddress > 0) throw rateLimited('Too many failed logins from this address: try again later', fromAddress);
  }

  async recordFailure(email: string, address: string): Promise<void> {
    // The store blocks once hits exceed the limit, so limit - 1: the 10th failure closes the account.
    await Promise.all([
      this.store.increment(this.accountKey(email), WINDOW_MS, MAX_ACCOUNT_FAILURES - 1, LOCK_MS, 'login-account'),
      this.store.increment(
        this.addressKey(address),
        WINDOW_MS,
        this.config.loginFailuresPerAddress - 1,
        LOCK_MS,
        'login-address',
      ),
    ]);
  }

  /** A successful login starts the account's count afresh (the address keeps its count). */
  async recordSuccess(email: string): Promise<void> {
    await this.store.reset(this.accountKey(email));
  }

  private accountKey(email: string): string {
    // Hashed: no email addresses in Redis.
    return `login-account:${createHash('sha256').update(email.trim().toLowerCase()).digest('base64url')}`;
  }

  private addressKey(address: string): string {
    return `login-address:${address}`;
  }
}
