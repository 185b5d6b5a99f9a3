export * from './sharing.module';
