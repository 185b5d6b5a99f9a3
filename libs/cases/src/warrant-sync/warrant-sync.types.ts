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
registerEnumType(WarrantSyncOutcome, {
  name: 'WarrantSyncOutcome',
  description: 'What became of one status update sent to syncWarrantStatuses.',
  valuesMap: {
    APPLIED: { description: 'Applied: the warrant has the new status.' },
    UNCHANGED: {
      description:
        'Nothing to change: this update was recorded before (a resend), or the warrant already has this status.',
    },
    STALE: { description: "Older than the warrant's current status: kept in the history, not applied." },
    NOT_FOUND: { description: 'No warrant of your agency has this external reference.' },
    REJECTED: { description: 'Refused as invalid (see message).' },
  },
});

@InputType('WarrantStatusUpdateInput', {
  description:
    "A status change reported by a court or prosecutor system, keyed by the warrant's external reference. Item-level problems (an empty id, a future time) are REJECTED items, not a failed call.",
})
export class WarrantStatusUpdateInput {
  @Field({ description: "The system reporting the change, as in the warrant's externalRefs." })
  @IsString()
  @MaxLength(1000)
  sourceSystem: string;

  @Field({ description: "The warrant's id in that system." })
  @IsString()
  @MaxLength(1000)
  externalId: string;

  @Field(() => WarrantStatus, { description: 'The new status.' })
  @IsEnum(WarrantStatus)
  status: WarrantStatus;

  @Field(() => DateTimeScalar, { description: 'When the status changed in the source system.' })
  @IsDate()
  statusChangedAt: Date;

  @Field(() => String, { nullable: true, description: 'A note to keep with the change.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  note?: string | null;
}

@ArgsType()
export class SyncWarrantStatusesArgs {
  @Field(() => [WarrantStatusUpdateInput], { description: 'The updates, at most 5,000; each gets its own outcome.' })
  @ArrayMaxSize(MAX_SYNC_BATCH)
  @ValidateNested({ each: true })
  @Type(() => WarrantStatusUpdateInput)
  updates: WarrantStatusUpdateInput[];
}

@ObjectType('WarrantSyncItemResult', { description: 'What became of one update, in the order sent.' })
export class WarrantSyncItemResult {
  @Field({ description: "The update's source system, as sent." })
  sourceSystem: string;

  @Field({ description: "The update's external id, as sent." })
  externalId: string;

  @Field(() => WarrantSyncOutcome, { description: 'What became of it.' })
  outcome: WarrantSyncOutcome;

  @Field(() => ID, { nullable: true, description: 'The warrant it matched; null when none did.' })
  warrantId: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was REJECTED, STALE or NOT_FOUND; null otherwise.' })
  message: string | null;
}

@ObjectType('WarrantSyncResult', { description: 'The outcome of a syncWarrantStatuses call: counts, and each item.' })
export class WarrantSyncResult {
  @Field(() => Int, { description: 'How many were APPLIED.' })
  applied: number;

  @Field(() => Int, { description: 'How many were UNCHANGED.' })
  unchanged: number;

  @Field(() => Int, { description: 'How many were STALE.' })
  stale: number;

  @Field(() => Int, { description: 'How many were NOT_FOUND.' })
  notFound: number;

  @Field(() => Int, { description: 'How many were REJECTED.' })
  rejected: number;

  @Field(() => [WarrantSyncItemResult], { description: "Each update's outcome, in the order sent." })
  items: WarrantSyncItemResult[];
}

@ObjectType('WarrantChange', { description: 'A warrant as it is after a change.' })
export class WarrantChange {
  @Field({ description: 'Where this change is in the feed: pass the last one as `after` to resume.' })
  cursor: string;

  @Field(() => Warrant, { description: 'The warrant as it is now, as you may see it.' })
  warrant: Warrant;
}

@ObjectType('WarrantChangePage', { description: 'A page of the warrant change feed.' })
export class WarrantChangePage {
  @Field(() => [WarrantChange], { description: 'The changes, oldest first.' })
  changes: WarrantChange[];

  @Field(() => String, {
    nullable: true,
    description: "Where to resume (the next call's `after`); the `after` given when there was nothing new.",
  })
  endCursor: string | null;

  @Field({ description: 'True when more changes are waiting: ask again at once.' })
  hasMore: boolean;
}
