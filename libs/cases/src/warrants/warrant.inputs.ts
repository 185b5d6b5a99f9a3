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

@InputType('ExternalRefInput')
export class ExternalRefInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(WARRANT_LIMITS.sourceSystem)
  sourceSystem: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(WARRANT_LIMITS.externalId)
  externalId: string;
}

@InputType('CreateWarrantInput')
export class CreateWarrantInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(WARRANT_LIMITS.number)
  number: string;

  @Field(() => Country)
  @IsEnum(Country)
  issuingCountry: Country;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(WARRANT_LIMITS.issuingAuthority)
  issuingAuthority: string;

  @Field(() => [String])
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(WARRANT_LIMITS.charges)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(WARRANT_LIMITS.charge, { each: true })
  charges: string[];

  /** A suspect of the actor's own agency: a warrant's subject is its own agency's record. */
  @Field(() => ID)
  @IsUUID('all', { message: 'subjectId must be a suspect id' })
  subjectId: string;

  @Field(() => WarrantStatus)
  @IsEnum(WarrantStatus)
  status: WarrantStatus;

  /** When the status took effect; defaults to now, and may not be in the future. */
  @Field(() => DateTimeScalar, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  statusChangedAt?: Date | null;

  @OptionalInputList(ExternalRefInput, WARRANT_LIMITS.externalRefs)
  externalRefs?: ExternalRefInput[] | null;

  @NestedInput(HandlingInput)
  handling: HandlingInput;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  issueDate?: string | null;
}

/**
 * Every CreateWarrantInput field, optional. A new status appends to the history; a given
 * externalRefs list replaces the stored one.
 */
@InputType('UpdateWarrantInput')
export class UpdateWarrantInput extends PartialType(CreateWarrantInput, InputType) {}

@InputType('WarrantFilter')
export class WarrantFilter {
  @Field(() => WarrantStatus, { nullable: true })
  @IsOptional()
  @IsEnum(WarrantStatus)
  status?: WarrantStatus | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'subjectId must be a suspect id' })
  subjectId?: string | null;

  @Field(() => Country, { nullable: true })
  @IsOptional()
  @IsEnum(Country)
  issuingCountry?: Country | null;
}
