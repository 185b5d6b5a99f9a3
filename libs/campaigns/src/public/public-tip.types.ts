import { ArgsType, Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { OptionalNestedInput, TIP_LANGUAGES, TipContactFields } from '@app/cases';
import type { TipLanguage } from '@app/cases';
import { MAX_RANK } from '../campaigns/wanted-entry.inputs';

/** What one public tip or addition may say: room for a full account, not for a flood. */
export const PUBLIC_NARRATIVE_MAX_LENGTH = 5000;
// Longer than any receipt code, dashes and spaces included.
const RECEIPT_CODE_MAX_LENGTH = 64;
const languageMessage = `language must be one of: ${TIP_LANGUAGES.join(', ')}`;

/** How to reach the tipster, if they want to be reached; sealed as the tip's tipster. */
@InputType('PublicTipContactInput')
export class PublicTipContactInput extends TipContactFields {}

@InputType('PublicTipInput')
export class PublicTipInput {
  @Field()
  @IsString()
  @MaxLength(200)
  campaignSlug: string;

  /** The rank of the person the tip is about, if it is about one of them. */
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_RANK)
  entryRank?: number | null;

  @Field({ description: '"es" or "en".' })
  @IsIn(TIP_LANGUAGES, { message: languageMessage })
  language: TipLanguage;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(PUBLIC_NARRATIVE_MAX_LENGTH)
  narrative: string;

  /** Left out (or empty): an anonymous tip. */
  @OptionalNestedInput(PublicTipContactInput)
  contact?: PublicTipContactInput | null;
}

/** Shown once: the only way back to the tip. */
@ObjectType('PublicTipReceipt')
export class PublicTipReceipt {
  @Field({ description: 'Keep it: with it you can add information later, anonymously, and see that the tip was received.' })
  receiptCode: string;
}

@ObjectType('PublicTipStatus')
export class PublicTipStatus {
  @Field({ description: 'Whether a tip with this receipt code was received; nothing more is ever told.' })
  received: boolean;
}

@ArgsType()
export class PublicCampaignArgs {
  @Field()
  @IsString()
  slug: string;

  @Field(() => String, { nullable: true, description: '"es" (the default) or "en".' })
  @IsOptional()
  @IsIn(TIP_LANGUAGES, { message: languageMessage })
  language?: TipLanguage | null;
}

@ArgsType()
export class PublicTipStatusArgs {
  @Field()
  @IsString()
  @MaxLength(RECEIPT_CODE_MAX_LENGTH)
  receiptCode: string;
}

@ArgsType()
export class AddToPublicTipArgs extends PublicTipStatusArgs {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(PUBLIC_NARRATIVE_MAX_LENGTH)
  narrative: string;
}
