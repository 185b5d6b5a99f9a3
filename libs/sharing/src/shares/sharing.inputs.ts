import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, Int, IntersectionType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { DateTimeScalar, RecordType, ShareUse } from '@app/core';
import { SharingDirection, SharingRequestStatus } from './sharing-request.type';

/** An optional, non-empty list of record field names. */
function OptionalFieldNames(description: string): PropertyDecorator {
  return applyDecorators(
    Field(() => [String], { nullable: true, description }),
    IsOptional(),
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(20),
    IsString({ each: true }),
    MaxLength(100, { each: true }),
  );
}

@ArgsType()
export class SharingRequestsArgs {
  @Field(() => SharingDirection, { description: 'INCOMING (your inbox) or OUTGOING (your outbox).' })
  @IsEnum(SharingDirection)
  direction: SharingDirection;

  @Field(() => SharingRequestStatus, { nullable: true, description: 'Only those with this status.' })
  @IsOptional()
  @IsEnum(SharingRequestStatus)
  status?: SharingRequestStatus | null;

  @Field(() => Int, { nullable: true, description: 'At most this many, newest first (default 100, at most 1000).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  first?: number | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only those older than this request (the last id of the previous page).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'after must be a request id' })
  after?: string | null;
}

/** Which record. */
@ArgsType()
export class RecordRefArgs {
  @Field(() => RecordType, { description: "The record's type." })
  @IsEnum(RecordType)
  recordType: RecordType;

  @Field(() => ID, { description: "The record's id." })
  @IsString()
  @MaxLength(100)
  recordId: string;
}

@ArgsType()
export class PurposeArgs {
  @Field({ description: 'Why: the investigation or purpose the record is needed or shared for.' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  purpose: string;
}

@ArgsType()
export class RequestShareArgs extends IntersectionType(RecordRefArgs, PurposeArgs, ArgsType) {
  @OptionalFieldNames('The fields asked for; none: everything the agreement allows.')
  fields?: string[] | null;
}

/** The terms a liaison sets when sharing: fields, expiry, permitted use. */
@ArgsType()
export class ShareTermsArgs {
  @OptionalFieldNames('Default: what was asked for, as far as the agreement allows.')
  fields?: string[] | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Default: the longest the agreement allows.' })
  @IsOptional()
  expiresAt?: Date | null;

  @Field(() => ShareUse, { nullable: true, description: 'Default: the narrowest use the agreement permits.' })
  @IsOptional()
  @IsEnum(ShareUse)
  use?: ShareUse | null;
}

@ArgsType()
export class ApproveShareArgs extends ShareTermsArgs {
  @Field(() => ID, { description: "The pending request's id." })
  @IsString()
  @MaxLength(100)
  id: string;
}

/** Terms for a share the provider makes unasked: to whom, why, and the terms. */
@ArgsType()
export class UnaskedShareArgs extends IntersectionType(ShareTermsArgs, PurposeArgs, ArgsType) {
  @Field(() => ID, { description: 'The partner agency to share with (one your agency has an agreement with).' })
  @IsUUID('all', { message: 'recipientAgencyId must be an agency id' })
  recipientAgencyId: string;
}

@ArgsType()
export class OfferShareArgs extends IntersectionType(RecordRefArgs, UnaskedShareArgs, ArgsType) {}

@ArgsType()
export class ReferTipArgs extends UnaskedShareArgs {
  @Field(() => ID, { description: "The tip's id (one of your agency's)." })
  @IsString()
  @MaxLength(100)
  id: string;
}

@ArgsType()
export class ShareDecisionArgs {
  @Field(() => String, { description: 'Required: the recipient is told why.' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason: string;
}
