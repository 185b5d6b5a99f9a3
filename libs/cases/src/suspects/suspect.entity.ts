import { Check, Column, Entity, Index } from 'typeorm';
import { Country } from '@app/core';
import { IdentifierValue } from '../identifiers/identifier-rules';
import { RecordEntity } from '../records/record.entity';
import { Sex, SuspectStatus } from '../records/record-enums';

/** An identifier as stored: canonical for its kind (identifiers/identifier-rules.ts). */
export type SuspectIdentifier = IdentifierValue<Country>;

@Entity('suspects')
// Name search: GIN index over the words of the names and aliases (created in a migration).
@Index('suspects_search_words_idx', { synchronize: false })
@Index('suspects_owner_id_idx', ['ownerAgencyId', 'id'])
// A person may be known by an alias alone (migration AliasOnlySuspects).
@Check(
  'suspects_named_or_aliased',
  '("given_names" IS NOT NULL AND "paternal_surname" IS NOT NULL) OR cardinality("aliases") > 0',
)
export class SuspectEntity extends RecordEntity {
  @Column({ type: 'varchar', length: 200, nullable: true })
  givenNames: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  paternalSurname: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  maternalSurname: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases: string[];

  @Index('suspects_date_of_birth_idx')
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
