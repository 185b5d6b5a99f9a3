import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsString, IsUUID, MaxLength } from 'class-validator';
import { RecordType } from '@app/core';

/** One record linked to a case (the contract's linkCaseRecord/unlinkCaseRecord arguments). */
@ArgsType()
export class CaseRecordArgs {
  @Field(() => ID, { description: "The case's id." })
  @IsString()
  @MaxLength(100)
  caseId: string;

  @Field(() => RecordType, { description: "The record's type." })
  @IsEnum(RecordType)
  recordType: RecordType;

  @Field(() => ID, { description: "The record's id." })
  @IsUUID('all', { message: 'recordId must be a record id' })
  recordId: string;
}

@ArgsType()
export class CaseParticipantArgs {
  @Field(() => ID, { description: "The case's id." })
  @IsString()
  @MaxLength(100)
  caseId: string;

  @Field(() => ID, { description: "The agency's id." })
  @IsString()
  @MaxLength(100)
  agencyId: string;
}
