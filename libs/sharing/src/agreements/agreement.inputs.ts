import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DateScalar, RecordType, ShareUse, Tlp } from '@app/core';

/** Field names of one record type, checked against its descriptor by the service. */
@InputType({ isAbstract: true })
export abstract class RecordFieldsInput {
  @Field(() => RecordType, { description: 'The record type.' })
  @IsEnum(RecordType)
  recordType: RecordType;

  @Field(() => [String], { description: 'The field names (as in redactedFields).' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  fields: string[];
}

@InputType('WithheldFieldsInput', { description: 'Fields of one record type never to share.' })
export class WithheldFieldsInput extends RecordFieldsInput {}

@InputType('DiscoveryKeysInput', { description: 'Fields of one record type that discovery (hit/no-hit) may match on.' })
export class DiscoveryKeysInput extends RecordFieldsInput {}

@InputType('CreateAgreementInput', { description: 'A new agreement, your agency providing.' })
export class CreateAgreementInput {
  @Field(() => ID, { description: 'The agency that receives (an Agency id).' })
  @IsUUID('all', { message: 'recipientAgencyId must be an agency id' })
  recipientAgencyId: string;

  @Field(() => [RecordType], { description: 'Which record types may be shared.' })
  @IsArray()
  @ArrayMinSize(1)
  @IsEnum(RecordType, { each: true })
  recordTypes: RecordType[];

  @Field(() => Tlp, { description: 'The most restricted TLP level that may be shared (RED records are never shared).' })
  @IsEnum(Tlp)
  maxTlp: Tlp;

  @Field(() => [WithheldFieldsInput], { nullable: true, description: 'Fields never to share, per record type.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => WithheldFieldsInput)
  withheldFields?: WithheldFieldsInput[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the recipient may discover matching records; false when left out.',
  })
  @IsOptional()
  @IsBoolean()
  discoveryAllowed?: boolean | null;

  @Field(() => [DiscoveryKeysInput], {
    nullable: true,
    description:
      'Per record type, the fields discovery may match on (may include withheld ones); a type left out: the name fields not withheld.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => DiscoveryKeysInput)
  discoveryKeys?: DiscoveryKeysInput[] | null;

  @Field({ description: "True: each share needs your liaison's approval; false: standing." })
  @IsBoolean()
  approvalRequired: boolean;

  @Field(() => Int, { nullable: true, description: 'The longest a share may last, in days; left out: no limit.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  maxShareDays?: number | null;

  @Field(() => [ShareUse], { description: 'The uses a share may be granted for.' })
  @IsArray()
  @ArrayMinSize(1)
  @IsEnum(ShareUse, { each: true })
  permittedUses: ShareUse[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the recipient may pass records on; false when left out.',
  })
  @IsOptional()
  @IsBoolean()
  onwardSharingAllowed?: boolean | null;

  @Field(() => DateScalar, { nullable: true, description: 'The first day it applies; today when left out.' })
  @IsOptional()
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The last day it applies; left out: no end date.' })
  @IsOptional()
  validUntil?: string | null;
}
