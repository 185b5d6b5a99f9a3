import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { DateScalar, RecordType, ShareUse, Tlp } from '@app/core';

/** Field names of one record type, checked against its descriptor by the service. */
@InputType({ isAbstract: true })
export abstract class RecordFieldsInput {
  @Field(() => RecordType)
  @IsEnum(RecordType)
  recordType: RecordType;

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  fields: string[];
}

@InputType('WithheldFieldsInput')
export class WithheldFieldsInput extends RecordFieldsInput {}

@InputType('DiscoveryKeysInput')
export class DiscoveryKeysInput extends RecordFieldsInput {}

@InputType('CreateAgreementInput')
export class CreateAgreementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'recipientAgencyId must be an agency id' })
  recipientAgencyId: string;

  @Field(() => [RecordType])
  @IsArray()
  @ArrayMinSize(1)
  @IsEnum(RecordType, { each: true })
  recordTypes: RecordType[];

  @Field(() => Tlp)
  @IsEnum(Tlp)
  maxTlp: Tlp;

  @Field(() => [WithheldFieldsInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => WithheldFieldsInput)
  withheldFields?: WithheldFieldsInput[] | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  discoveryAllowed?: boolean | null;

  @Field(() => [DiscoveryKeysInput], {
    nullable: true,
    description: 'Per record type, the fields discovery may match on (may include withheld ones); a type left out: the name fields not withheld.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => DiscoveryKeysInput)
  discoveryKeys?: DiscoveryKeysInput[] | null;

  @Field()
  @IsBoolean()
  approvalRequired: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  maxShareDays?: number | null;

  @Field(() => [ShareUse])
  @IsArray()
  @ArrayMinSize(1)
  @IsEnum(ShareUse, { each: true })
  permittedUses: ShareUse[];

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  onwardSharingAllowed?: boolean | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  validUntil?: string | null;
}
