import { RECORD_SUBJECT_OF } from '@app/auth';
import {
  CaseEntity,
  OrganizationEntity,
  RecordEntity,
  RecordQueries,
  SuspectEntity,
  TipEntity,
  WarrantEntity,
} from '@app/cases';
import { RecordType } from '@app/core';

/** The read path of each record type, as the cases library defines it. */
export const SHARED_RECORDS: Record<RecordType, RecordQueries<RecordEntity>> = {
  [RecordType.SUSPECT]: new RecordQueries(SuspectEntity, RECORD_SUBJECT_OF[RecordType.SUSPECT]),
  [RecordType.ORGANIZATION]: new RecordQueries(OrganizationEntity, RECORD_SUBJECT_OF[RecordType.ORGANIZATION]),
  [RecordType.WARRANT]: new RecordQueries(WarrantEntity, RECORD_SUBJECT_OF[RecordType.WARRANT]),
  [RecordType.TIP]: new RecordQueries(TipEntity, RECORD_SUBJECT_OF[RecordType.TIP]),
  [RecordType.CASE]: new RecordQueries(CaseEntity, RECORD_SUBJECT_OF[RecordType.CASE]),
};
