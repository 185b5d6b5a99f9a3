import { Column, Entity, Index } from 'typeorm';
import { Country } from '@app/core';
import { RecordEntity } from '../records/record.entity';
import { IdentifierKind, Sex, SuspectStatus } from '../records/record-enums';

export interface SuspectIdentifier {
  kind: IdentifierKind;
  value: string;
  country?: Country | null;
}

@Entity('suspects')
// Name search: GIN index over the words of the names and aliases (created in a migration).
@Index('suspects_search_words_idx', { synchronize: false })
@Index('suspects_owner_id_idx', ['ownerAgencyId', 'id'])
export class SuspectEntity extends RecordEntity {
  @Column({ type: 'varchar', length: 200 })
  givenNames: string;

  @Column({ type: 'varchar', length: 200 })
  paternalSurname: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  maternalSurname: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases: string[];

  @Column({ type: 'date', nullable: true })
  dateOfBirth: string | null;

  @Column({ type: 'enum', enum: Sex, enumName: 'sex', nullable: true })
  sex: Sex | null;

  @Column({ type: 'enum', enum: Country, enumName: 'country', array: true, default: () => "'{}'" })
  nationalities: Country[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  identifiers: SuspectIdentifier[];

  @Column({ type: 'enum', enum: SuspectStatus, enumName: 'suspect_status', default: SuspectStatus.AT_LARGE })
  status: SuspectStatus;
}
