import { Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Every word of every suspect's and organization's names and aliases, accent-folded and in
 * lower case (frontera_search_words): what a query word is matched against, with a typo, before
 * the records are looked up by the words it matched (see name-search.ts). Filled only by
 * statement-level triggers on suspects and organizations (the search-vocabulary migration);
 * words are never removed: a word no record has any more only matches nothing.
 */
@Entity('search_vocabulary')
// pg_trgm GiST index over word (created in the migration)
@Index('search_vocabulary_word_trgm_idx', { synchronize: false })
export class SearchVocabularyEntity {
  @PrimaryColumn({ type: 'text' })
  word: string;
}
