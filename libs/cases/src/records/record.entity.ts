import { Column, CreateDateColumn, UpdateDateColumn } from 'typeorm';
import { AgencyOwnedEntity } from '@app/auth';
import { Country, Tlp } from '@app/core';
import { RecordSharing } from './record-sharing.type';

/**
 * Columns every record shares: its owning agency (the originator) and its handling
 * markings. Access rules are written against these property names.
 */
export abstract class RecordEntity extends AgencyOwnedEntity {
  @Column({ type: 'enum', enum: Tlp, enumName: 'tlp' })
  tlp: Tlp;

  /** REL TO: the countries whose agencies may receive the record. */
  @Column({ type: 'enum', enum: Country, enumName: 'country', array: true, default: () => "'{}'" })
  releasableTo: Country[];

  /** ORCON: a recipient never passes it on. */
  @Column({ type: 'boolean', default: false })
  originatorControlled: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /**
   * When each column last changed (column name to ISO time), kept by a trigger (see the
   * field-change-times migration); relation fields (memberships) by the service that changes them.
   */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  fieldChangedAt: Record<string, string>;

  /** Not columns: what the viewer's active shares grant on this row, loaded by the sharing library's row loader (see RecordQueries). */
  shareGrants?: string[];
  sharing?: RecordSharing | null;
  sharedByOwner?: boolean;
}
