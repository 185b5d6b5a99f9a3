import { NestedInput, OptionalInputList, OptionalText } from '../records/input-fields';
import { Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { RecordType } from '@app/core';
import { HandlingInput } from '../records/handling.type';
import { CaseStatus } from '../records/record-enums';

export const CASE_NUMBER_MAX_LENGTH = 100;
export const CASE_TITLE_MAX_LENGTH = 300;

@InputType('CaseLinkInput')
export class CaseLinkInput {
  @Field(() => RecordType)
  @IsEnum(RecordType)
  recordType: RecordType;

  @Field(() => ID)
  @IsUUID('all', { message: 'recordId must be a record id' })
  recordId: string;
}

@InputType('CreateCaseInput')
export class CreateCaseInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(CASE_NUMBER_MAX_LENGTH)
  caseNumber: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(CASE_TITLE_MAX_LENGTH)
  title: string;

  /** OPEN when left out. */
  @Field(() => CaseStatus, { nullable: true })
  @IsOptional()
  @IsEnum(CaseStatus)
  status?: CaseStatus | null;

  /** The actor's agency when left out. */
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'leadAgencyId must be an agency id' })
  leadAgencyId?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'participatingAgencyIds must be agency ids' })
  participatingAgencyIds?: string[] | null;

  /** Records linked to the case; each must be visible to the actor. */
  @OptionalInputList(CaseLinkInput, 1000)
  links?: CaseLinkInput[] | null;

  @NestedInput(HandlingInput)
  handling: HandlingInput;
}

/** Every CreateCaseInput field, optional; given links replace the stored ones. */
@InputType('UpdateCaseInput')
export class UpdateCaseInput extends PartialType(CreateCaseInput, InputType) {}

@InputType('CaseFilter')
export class CaseFilter {
  @Field(() => CaseStatus, { nullable: true })
  @IsOptional()
  @IsEnum(CaseStatus)
  status?: CaseStatus | null;

  /** Part of the case number or title, case-insensitive. */
  @OptionalText(CASE_TITLE_MAX_LENGTH)
  search?: string | null;
}
