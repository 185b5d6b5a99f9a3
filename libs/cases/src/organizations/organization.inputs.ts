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
import { HandlingInput } from '../records/handling.type';
import { Activity, AffiliationKind, OrganizationKind } from '../records/record-enums';

const NAME_MAX_LENGTH = 200;

@InputType('RouteInput')
export class RouteInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  from: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  to: string;

  @OptionalText(NAME_MAX_LENGTH)
  crossingPoint?: string | null;
}

@InputType('AffiliationInput')
export class AffiliationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'organizationId must be an organization id' })
  organizationId: string;

  @Field(() => AffiliationKind)
  @IsEnum(AffiliationKind)
  kind: AffiliationKind;
}

@InputType('CreateOrganizationInput')
export class CreateOrganizationInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  name: string;

  @OptionalTextList(50, NAME_MAX_LENGTH)
  aliases?: string[] | null;

  @Field(() => OrganizationKind)
  @IsEnum(OrganizationKind)
  kind: OrganizationKind;

  @Field(() => [Activity], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEnum(Activity, { each: true })
  activities?: Activity[] | null;

  @OptionalText(NAME_MAX_LENGTH)
  baseOfOperations?: string | null;

  @OptionalInputList(RouteInput, 50)
  routes?: RouteInput[] | null;

  @OptionalInputList(AffiliationInput, 50)
  affiliations?: AffiliationInput[] | null;

  @NestedInput(HandlingInput)
  handling: HandlingInput;
}

/** Every CreateOrganizationInput field, optional; a given list replaces the stored one. */
@InputType('UpdateOrganizationInput')
export class UpdateOrganizationInput extends PartialType(CreateOrganizationInput, InputType) {}

@InputType('OrganizationFilter')
export class OrganizationFilter {
  /** Accent-insensitive, typo-tolerant name and alias search. */
  @OptionalText(NAME_MAX_LENGTH)
  search?: string | null;

  @Field(() => OrganizationKind, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationKind)
  kind?: OrganizationKind | null;
}
