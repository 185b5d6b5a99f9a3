export * from './agreements/agreement.entity';
export * from './agreements/share-use';
export * from './sharing.module';
export * from './audit/audit-log.service';
