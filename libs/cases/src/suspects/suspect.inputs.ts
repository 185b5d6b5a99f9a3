import { NestedInput, OptionalInputList, OptionalText, OptionalTextList } from '../records/input-fields';
import { Field, ID, InputType, PartialType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { Country, DateScalar } from '@app/core';
import { HandlingInput } from '../records/handling.type';
import { IdentifierKind, MembershipRole, Sex, SuspectStatus } from '../records/record-enums';

export const NAME_MAX_LENGTH = 200;

@InputType('IdentifierInput')
export class IdentifierInput {
  @Field(() => IdentifierKind)
  @IsEnum(IdentifierKind)
  kind: IdentifierKind;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  value: string;

  @Field(() => Country, { nullable: true })
  @IsOptional()
  @IsEnum(Country)
  country?: Country | null;
}

@InputType('MembershipInput')
export class MembershipInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'organizationId must be an organization id' })
  organizationId: string;

  @Field(() => MembershipRole)
  @IsEnum(MembershipRole)
  role: MembershipRole;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  since?: string | null;
}

@InputType('CreateSuspectInput')
export class CreateSuspectInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  givenNames: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  paternalSurname: string;

  @OptionalText(NAME_MAX_LENGTH)
  maternalSurname?: string | null;

  @OptionalTextList(50, NAME_MAX_LENGTH)
  aliases?: string[] | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  dateOfBirth?: string | null;

  @Field(() => Sex, { nullable: true })
  @IsOptional()
  @IsEnum(Sex)
  sex?: Sex | null;

  @Field(() => [Country], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2)
  @IsEnum(Country, { each: true })
  nationalities?: Country[] | null;

  @OptionalInputList(IdentifierInput, 20)
  identifiers?: IdentifierInput[] | null;

  @Field(() => SuspectStatus, { nullable: true })
  @IsOptional()
  @IsEnum(SuspectStatus)
  status?: SuspectStatus | null;

  @OptionalInputList(MembershipInput, 50)
  memberships?: MembershipInput[] | null;

  @NestedInput(HandlingInput)
  handling: HandlingInput;
}

/** Every CreateSuspectInput field, optional; a given list replaces the stored one. */
@InputType('UpdateSuspectInput')
export class UpdateSuspectInput extends PartialType(CreateSuspectInput, InputType) {}

@InputType('SuspectFilter')
export class SuspectFilter {
  /** Accent-insensitive, typo-tolerant name and alias search. */
  @OptionalText(NAME_MAX_LENGTH)
  search?: string | null;
}
