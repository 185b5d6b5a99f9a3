import { NestedInput, OptionalInputList, OptionalText, OptionalTextList } from '../records/input-fields';
import { Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { HandlingInput } from '../records/handling.type';
import { Activity, AffiliationKind, OrganizationKind } from '../records/record-enums';

const NAME_MAX_LENGTH = 200;

@InputType('RouteInput', { description: 'A route or corridor.' })
export class RouteInput {
  @Field({ description: 'Where it starts.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  from: string;

  @Field({ description: 'Where it ends.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  to: string;

  @OptionalText(NAME_MAX_LENGTH, 'Where it crosses the border, if known.')
  crossingPoint?: string | null;
}

@InputType('AffiliationInput', { description: 'A tie to another organization you may see.' })
export class AffiliationInput {
  @Field(() => ID, { description: 'The other organization (an Organization id you may see).' })
  @IsUUID('all', { message: 'organizationId must be an organization id' })
  organizationId: string;

  @Field(() => AffiliationKind, { description: 'How the two are tied.' })
  @IsEnum(AffiliationKind)
  kind: AffiliationKind;
}

@InputType('CreateOrganizationInput', { description: 'A new organization of your agency.' })
export class CreateOrganizationInput {
  @Field({ description: 'Its name.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  name: string;

  @OptionalTextList(50, NAME_MAX_LENGTH, 'Other names it is known by (at most 50).')
  aliases?: string[] | null;

  @Field(() => OrganizationKind, { description: 'What kind of organization.' })
  @IsEnum(OrganizationKind)
  kind: OrganizationKind;

  @Field(() => [Activity], { nullable: true, description: 'What it is known for.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEnum(Activity, { each: true })
  activities?: Activity[] | null;

  @OptionalText(NAME_MAX_LENGTH, 'Where it operates from.')
  baseOfOperations?: string | null;

  @OptionalInputList(RouteInput, 50, 'Routes or corridors it uses (at most 50).')
  routes?: RouteInput[] | null;

  @OptionalInputList(AffiliationInput, 50, 'Ties to other organizations (at most 50).')
  affiliations?: AffiliationInput[] | null;

  @NestedInput(HandlingInput, "The record's handling markings.")
  handling: HandlingInput;
}

@InputType('UpdateOrganizationInput', {
  description:
    'Changes to an organization: every CreateOrganizationInput field, optional; a given list replaces the stored one.',
})
export class UpdateOrganizationInput extends PartialType(CreateOrganizationInput, InputType) {}

@InputType('OrganizationFilter', { description: 'Narrows organizations; every filter given must hold.' })
export class OrganizationFilter {
  @OptionalText(
    NAME_MAX_LENGTH,
    'A name or alias, accent-insensitive and typo-tolerant; matches only names you may read.',
  )
  search?: string | null;

  @Field(() => OrganizationKind, { nullable: true, description: 'Only organizations of this kind.' })
  @IsOptional()
  @IsEnum(OrganizationKind)
  kind?: OrganizationKind | null;
}
