import { NestedInput, OptionalInputList, OptionalText } from '../records/input-fields';
import { Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { RecordType } from '@app/core';
import { HandlingInput } from '../records/handling.type';
import { CaseStatus } from '../records/record-enums';

export const CASE_NUMBER_MAX_LENGTH = 100;
export const CASE_TITLE_MAX_LENGTH = 300;

@InputType('CaseLinkInput', { description: 'A record to link to a case.' })
export class CaseLinkInput {
  @Field(() => RecordType, { description: "The record's type." })
  @IsEnum(RecordType)
  recordType: RecordType;

  @Field(() => ID, { description: "The record's id (a record you may see)." })
  @IsUUID('all', { message: 'recordId must be a record id' })
  recordId: string;
}

@InputType('CreateCaseInput', { description: 'A new case of your agency.' })
export class CreateCaseInput {
  @Field({ description: "Your agency's case number." })
  @IsString()
  @IsNotEmpty()
  @MaxLength(CASE_NUMBER_MAX_LENGTH)
  caseNumber: string;

  @Field({ description: 'Its title.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(CASE_TITLE_MAX_LENGTH)
  title: string;

  @Field(() => CaseStatus, {
    nullable: true,
    description: 'Where it stands. Left out: OPEN for a new case, unchanged in an update.',
  })
  @IsOptional()
  @IsEnum(CaseStatus)
  status?: CaseStatus | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The agency leading it. Left out: yours for a new case, unchanged in an update.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'leadAgencyId must be an agency id' })
  leadAgencyId?: string | null;

  @OptionalInputList(
    CaseLinkInput,
    1000,
    "Records linked from the start (each one you may see, at most 1,000). Later, links change one at a time (linkCaseRecord, unlinkCaseRecord); participating agencies are the lead liaison's to add (addCaseParticipant).",
  )
  links?: CaseLinkInput[] | null;

  @NestedInput(HandlingInput, "The record's handling markings.")
  handling: HandlingInput;
}

@InputType('UpdateCaseInput', {
  description:
    "Changes to a case's own fields (the fields given change), and the version you read: a case changed since answers CONFLICT. Links and participants change one at a time.",
})
export class UpdateCaseInput extends PartialType(OmitType(CreateCaseInput, ['links'] as const, InputType), InputType) {
  @Field(() => Int, { description: 'The `version` of the case as you read it.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

@InputType('CaseFilter', { description: 'Narrows cases; every filter given must hold.' })
export class CaseFilter {
  @Field(() => CaseStatus, { nullable: true, description: 'Only cases with this status.' })
  @IsOptional()
  @IsEnum(CaseStatus)
  status?: CaseStatus | null;

  @OptionalText(CASE_TITLE_MAX_LENGTH, 'Part of the case number or title, case-insensitive.')
  search?: string | null;
}
