export * from './records/entities';
