import { NestedInput, OptionalInputList, OptionalText, OptionalTextList } from '../records/input-fields';
import { Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Country, DateScalar } from '@app/core';
import { HandlingInput } from '../records/handling.type';
import { IdentifierKind, MembershipRole, Sex, SuspectStatus } from '../records/record-enums';

export const NAME_MAX_LENGTH = 200;

@InputType('IdentifierInput', {
  description: "An official identifier, checked by kind (a CURP's check digit, a passport's country...).",
})
export class IdentifierInput {
  @Field(() => IdentifierKind, { description: 'Which kind of identifier.' })
  @IsEnum(IdentifierKind)
  kind: IdentifierKind;

  @Field({ description: 'The identifier, at most 100 characters; spaces, dashes and dots are ignored when matching.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  value: string;

  @Field(() => Country, {
    nullable: true,
    description:
      'The issuing country: required for a passport; kinds issued by one country (CURP: MX, SSN: US) imply it.',
  })
  @IsOptional()
  @IsEnum(Country)
  country?: Country | null;

  @OptionalText(
    3,
    "The issuing state of a driver's licence: an ISO 3166-2 subdivision code without the country (TX, CHH).",
  )
  state?: string | null;
}

@InputType('MembershipInput', { description: 'A membership of an organization you may see.' })
export class MembershipInput {
  @Field(() => ID, { description: 'The organization (an Organization id you may see).' })
  @IsUUID('all', { message: 'organizationId must be an organization id' })
  organizationId: string;

  @Field(() => MembershipRole, { description: "The person's role in it." })
  @IsEnum(MembershipRole)
  role: MembershipRole;

  @Field(() => DateScalar, { nullable: true, description: 'Since when, if known.' })
  @IsOptional()
  since?: string | null;
}

@InputType('CreateSuspectInput', { description: 'A new suspect of your agency.' })
export class CreateSuspectInput {
  @Field(() => String, {
    nullable: true,
    description:
      'Given names (at most 200 characters). A suspect needs them, with the paternal surname, unless known by an alias alone.',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  givenNames?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Paternal (first) surname (at most 200 characters). A suspect needs it unless known by an alias alone.',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  paternalSurname?: string | null;

  @OptionalText(NAME_MAX_LENGTH, 'Maternal (second) surname, if any.')
  maternalSurname?: string | null;

  @OptionalTextList(50, NAME_MAX_LENGTH, 'Names the person is known by (at most 50).')
  aliases?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date of birth; not in the future.' })
  @IsOptional()
  dateOfBirth?: string | null;

  @Field(() => Sex, { nullable: true, description: 'Sex, if known.' })
  @IsOptional()
  @IsEnum(Sex)
  sex?: Sex | null;

  @Field(() => [Country], { nullable: true, description: 'Nationalities.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @IsEnum(Country, { each: true })
  nationalities?: Country[] | null;

  @OptionalInputList(IdentifierInput, 20, 'Official identifiers (at most 20), each checked by kind.')
  identifiers?: IdentifierInput[] | null;

  @Field(() => SuspectStatus, { nullable: true, description: 'Where the person stands with the law.' })
  @IsOptional()
  @IsEnum(SuspectStatus)
  status?: SuspectStatus | null;

  @OptionalInputList(MembershipInput, 50, 'Organizations the person belongs to (at most 50).')
  memberships?: MembershipInput[] | null;

  @NestedInput(HandlingInput, "The record's handling markings.")
  handling: HandlingInput;
}

@InputType('UpdateSuspectInput', {
  description: 'Changes to a suspect: every CreateSuspectInput field, optional; a given list replaces the stored one.',
})
export class UpdateSuspectInput extends PartialType(CreateSuspectInput, InputType) {}

@InputType('SuspectFilter', { description: 'Narrows suspects; every filter given must hold (they combine).' })
export class SuspectFilter {
  @OptionalText(
    NAME_MAX_LENGTH,
    'A name or alias, accent-insensitive and typo- and sound-tolerant ("Gonzalez" finds "González"): exact words first, then typos, then sound-alikes. Matches only names you may read.',
  )
  search?: string | null;

  @OptionalText(
    100,
    'Any identifier (CURP, RFC, passport, A-number, ...), matched exactly after normalization (case, spaces, dashes, dots).',
  )
  identifier?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Born on this date.' })
  @IsOptional()
  dateOfBirth?: string | null;
}
