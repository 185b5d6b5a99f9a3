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

  /** Issuing country; a passport needs it, and kinds issued by one country imply theirs. */
  @Field(() => Country, { nullable: true })
  @IsOptional()
  @IsEnum(Country)
  country?: Country | null;

  /** Issuing state of a driver's licence: an ISO 3166-2 subdivision code without the country (TX, CHH). */
  @OptionalText(3)
  state?: string | null;
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
  /** Required, with the paternal surname, unless the person is known by an alias alone. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  givenNames?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  paternalSurname?: string | null;

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
  @ArrayMaxSize(3)
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

/** Every filter given must hold (they combine). */
@InputType('SuspectFilter')
export class SuspectFilter {
  /** Accent-insensitive, typo- and sound-tolerant name and alias search: exact words first, then typos, then sound-alikes. */
  @OptionalText(NAME_MAX_LENGTH)
  search?: string | null;

  /** Any identifier (CURP, RFC, passport, A-number, ...), matched exactly after normalization (case, spaces, dashes, dots). */
  @OptionalText(100)
  identifier?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  dateOfBirth?: string | null;
}
