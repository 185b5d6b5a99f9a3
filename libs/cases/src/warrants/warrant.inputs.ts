import { Type } from 'class-transformer';
import { NestedInput, OptionalInputList } from '../records/input-fields';
import { Field, ID, InputType, PartialType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsDate,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { Country, DateScalar, DateTimeScalar } from '@app/core';
import { HandlingInput } from '../records/handling.type';
import { WarrantStatus } from '../records/record-enums';

// The column sizes of warrants and warrant_external_refs.
export const WARRANT_LIMITS = {
  number: 100,
  issuingAuthority: 200,
  charge: 300,
  charges: 50,
  sourceSystem: 100,
  externalId: 200,
  externalRefs: 20,
};

@InputType('ExternalRefInput', { description: 'A key a court or prosecutor system knows the warrant by.' })
export class ExternalRefInput {
  @Field({ description: "The system's name, as integration scripts send it." })
  @IsString()
  @IsNotEmpty()
  @MaxLength(WARRANT_LIMITS.sourceSystem)
  sourceSystem: string;

  @Field({ description: "The warrant's id in that system." })
  @IsString()
  @IsNotEmpty()
  @MaxLength(WARRANT_LIMITS.externalId)
  externalId: string;
}

@InputType('CreateWarrantInput', { description: 'A new warrant of your agency.' })
export class CreateWarrantInput {
  @Field({ description: "The warrant's number at its issuing authority." })
  @IsString()
  @IsNotEmpty()
  @MaxLength(WARRANT_LIMITS.number)
  number: string;

  @Field(() => Country, { description: 'The country that issued it.' })
  @IsEnum(Country)
  issuingCountry: Country;

  @Field({ description: 'The court or authority that issued it.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(WARRANT_LIMITS.issuingAuthority)
  issuingAuthority: string;

  @Field(() => [String], { description: 'The charges (at least one).' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(WARRANT_LIMITS.charges)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(WARRANT_LIMITS.charge, { each: true })
  charges: string[];

  @Field(() => ID, { description: 'The person it is for: a suspect of your own agency.' })
  @IsUUID('all', { message: 'subjectId must be a suspect id' })
  subjectId: string;

  @Field(() => WarrantStatus, { description: 'Its status now.' })
  @IsEnum(WarrantStatus)
  status: WarrantStatus;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When that status took effect; now when left out; not in the future.',
  })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  statusChangedAt?: Date | null;

  @OptionalInputList(
    ExternalRefInput,
    WARRANT_LIMITS.externalRefs,
    'The keys court or prosecutor systems know it by (integration scripts sync on them).',
  )
  externalRefs?: ExternalRefInput[] | null;

  @NestedInput(HandlingInput, "The record's handling markings.")
  handling: HandlingInput;

  @Field(() => DateScalar, { nullable: true, description: 'When it was issued, if known.' })
  @IsOptional()
  issueDate?: string | null;
}

@InputType('UpdateWarrantInput', {
  description:
    'Changes to a warrant: every CreateWarrantInput field, optional. A new status appends to the history; a given externalRefs list replaces the stored one.',
})
export class UpdateWarrantInput extends PartialType(CreateWarrantInput, InputType) {}

@InputType('WarrantFilter', { description: 'Narrows warrants; every filter given must hold.' })
export class WarrantFilter {
  @Field(() => WarrantStatus, { nullable: true, description: 'Only warrants with this status.' })
  @IsOptional()
  @IsEnum(WarrantStatus)
  status?: WarrantStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only warrants for this suspect.' })
  @IsOptional()
  @IsUUID('all', { message: 'subjectId must be a suspect id' })
  subjectId?: string | null;

  @Field(() => Country, { nullable: true, description: 'Only warrants issued by this country.' })
  @IsOptional()
  @IsEnum(Country)
  issuingCountry?: Country | null;
}
