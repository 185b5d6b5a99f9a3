import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SuspectEntity } from '../suspects/suspect.entity';

/**
 * What each suspect is found by, one row per key: every word of its names and aliases
 * (frontera_search_words) and, prefixed `#`, every identifier key (frontera_identifier_keys).
 * The primary key (key, suspect_id) lists a word's suspects newest first, so a search reads
 * one page of them in order instead of ranking every match (see suspect-search.ts). Filled
 * only by statement-level triggers on suspects (migration SuspectSearchKeys).
 */
@Entity('suspect_search_keys')
export class SuspectSearchKeyEntity {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @PrimaryColumn({ type: 'uuid' })
  suspectId: string;

  @ManyToOne(() => SuspectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suspect_id' })
  suspect?: SuspectEntity;
}
