import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsString, IsUUID, MaxLength } from 'class-validator';
import { RecordType } from '@app/core';

/** One record linked to a case (the contract's linkCaseRecord/unlinkCaseRecord arguments). */
@ArgsType()
export class CaseRecordArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  caseId: string;

  @Field(() => RecordType)
  @IsEnum(RecordType)
  recordType: RecordType;

  @Field(() => ID)
  @IsUUID('all', { message: 'recordId must be a record id' })
  recordId: string;
}

@ArgsType()
export class CaseParticipantArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  caseId: string;

  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  agencyId: string;
}
