import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsDate, IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { DateTimeScalar } from '@app/core';
import { WarrantStatus } from '../records/record-enums';
import { Warrant } from '../warrants/warrant.type';

export const MAX_SYNC_BATCH = 5000;

export enum WarrantSyncOutcome {
  APPLIED = 'APPLIED',
  UNCHANGED = 'UNCHANGED',
  STALE = 'STALE',
  NOT_FOUND = 'NOT_FOUND',
  REJECTED = 'REJECTED',
}
registerEnumType(WarrantSyncOutcome, { name: 'WarrantSyncOutcome' });

/** Item-level problems (an empty id, a future time) are REJECTED items, not a failed call. */
@InputType('WarrantStatusUpdateInput')
export class WarrantStatusUpdateInput {
  @Field()
  @IsString()
  @MaxLength(1000)
  sourceSystem: string;

  @Field()
  @IsString()
  @MaxLength(1000)
  externalId: string;

  @Field(() => WarrantStatus)
  @IsEnum(WarrantStatus)
  status: WarrantStatus;

  @Field(() => DateTimeScalar, { description: 'When the status changed in the source system.' })
  @IsDate()
  statusChangedAt: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  note?: string | null;
}

@ArgsType()
export class SyncWarrantStatusesArgs {
  @Field(() => [WarrantStatusUpdateInput])
  @ArrayMaxSize(MAX_SYNC_BATCH)
  @ValidateNested({ each: true })
  @Type(() => WarrantStatusUpdateInput)
  updates: WarrantStatusUpdateInput[];
}

@ObjectType('WarrantSyncItemResult')
export class WarrantSyncItemResult {
  @Field()
  sourceSystem: string;

  @Field()
  externalId: string;

  @Field(() => WarrantSyncOutcome)
  outcome: WarrantSyncOutcome;

  @Field(() => ID, { nullable: true })
  warrantId: string | null;

  @Field(() => String, { nullable: true })
  message: string | null;
}

@ObjectType('WarrantSyncResult')
export class WarrantSyncResult {
  @Field(() => Int)
  applied: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => Int)
  stale: number;

  @Field(() => Int)
  notFound: number;

  @Field(() => Int)
  rejected: number;

  @Field(() => [WarrantSyncItemResult])
  items: WarrantSyncItemResult[];
}

@ObjectType('WarrantChange')
export class WarrantChange {
  @Field()
  cursor: string;

  @Field(() => Warrant)
  warrant: Warrant;
}

@ObjectType('WarrantChangePage')
export class WarrantChangePage {
  @Field(() => [WarrantChange])
  changes: WarrantChange[];

  /** Where to resume; the `after` given when there was nothing new. */
  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field()
  hasMore: boolean;
}
