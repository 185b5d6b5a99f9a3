export * from './audit-action';
export * from './audit-chain.service';
export * from './audit-checkpoints';
export * from './audit-log.service';
export * from './audit.module';
export * from './audit-entries';
