export * from './agreements/agreement.entity';
export * from './sharing.module';
export * from './audit/audit-log.service';
export * from './shares/share.entity';
export * from './shares/referral-feedback.entity';
