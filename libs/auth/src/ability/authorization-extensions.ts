import { EntityManager } from 'typeorm';
import { SqlColumn } from './accessible-sql';
import { AppAbility, RecordSubject } from './app-ability';

/** A rule field with no column of its own: the library whose rules test it supplies its SQL, given the SQL of the record's alias. */
export interface VirtualRuleField {
  name: string;
  column(recordSql: string): SqlColumn;
}

/** A record row as a loader completes it: the fields its rules test in memory go onto it. */
export type LoadedRecordRow = { id: string; ownerAgencyId: string };

/**
 * What a library loads onto record rows for the rules that test them in memory (field
 * redaction, `can` on a row): the sharing library puts each row's share grants and terms.
 */
export interface RecordRowLoader {
  /** Whether the ability reads `type` through what this loader loads (else there is nothing to load). */
  appliesTo(ability: AppAbility, type: RecordSubject): boolean;
  /** SQL of one column selected with each row of the record aliased `recordSql`, for the viewer's agency `agencyParam`. */
  selectSql(recordSql: string, agencyParam: string): string;
  /** Puts what that column held onto a row that is not the viewer agency's own. */
  apply(row: LoadedRecordRow, agencyId: string, selected: unknown): void;
  /** The same for rows another query fetched (of `table`, none the viewer agency's own), in one query. */
  attach(manager: EntityManager, table: string, agencyId: string, rows: LoadedRecordRow[]): Promise<void>;
}

const virtualFields = new Map<string, VirtualRuleField>();
const rowLoaders: RecordRowLoader[] = [];

/** Registers what a contributor of the authorization core brings besides its rules (AbilityFactory.addContributor). */
export function registerAuthorizationExtensions(extensions: {
  virtualFields?: readonly VirtualRuleField[];
  rowLoader?: RecordRowLoader;
}): void {
  for (const field of extensions.virtualFields ?? []) virtualFields.set(field.name, field);
  if (extensions.rowLoader) rowLoaders.push(extensions.rowLoader);
}

/** The virtual rule field called `name`, if a contributor registered one. */
export function virtualRuleField(name: string): VirtualRuleField | undefined {
  return virtualFields.get(name);
}

/** The row loaders contributors registered. */
export function recordRowLoaders(): readonly RecordRowLoader[] {
  return rowLoaders;
}
