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

@InputType('PublicTipContactInput', {
  description:
    "How to reach the tipster, if they want to be reached; sealed as the tip's tipster (only the agency's intake officers read it).",
})
export class PublicTipContactInput extends TipContactFields {}

@InputType('PublicTipInput', { description: 'A tip from the public for a published campaign.' })
export class PublicTipInput {
  @Field({ description: "The campaign's slug." })
  @IsString()
  @MaxLength(200)
  campaignSlug: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The rank of the person the tip is about, if it is about one of them.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_RANK)
  entryRank?: number | null;

  @Field({ description: '"es" or "en".' })
  @IsIn(TIP_LANGUAGES, { message: languageMessage })
  language: TipLanguage;

  @Field({ description: 'What the tipster has to say.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(PUBLIC_NARRATIVE_MAX_LENGTH)
  narrative: string;

  @OptionalNestedInput(PublicTipContactInput, 'How to reach them; left out (or empty): an anonymous tip.')
  contact?: PublicTipContactInput | null;
}

@ObjectType('PublicTipReceipt', {
  description: 'The receipt of a public tip: shown once, the only way back to the tip.',
})
export class PublicTipReceipt {
  @Field({
    description: 'Keep it: with it you can add information later, anonymously, and see that the tip was received.',
  })
  receiptCode: string;
}

@ObjectType('PublicTipStatus', { description: 'What the public may learn about a tip it gave.' })
export class PublicTipStatus {
  @Field({ description: 'Whether a tip with this receipt code was received; nothing more is ever told.' })
  received: boolean;
}

@ArgsType()
export class PublicCampaignArgs {
  @Field({ description: "The campaign's slug, e.g. se-busca-demo." })
  @IsString()
  slug: string;

  @Field(() => String, { nullable: true, description: '"es" (the default) or "en".' })
  @IsOptional()
  @IsIn(TIP_LANGUAGES, { message: languageMessage })
  language?: TipLanguage | null;
}

@ArgsType()
export class PublicTipStatusArgs {
  @Field({ description: 'The receipt code submitPublicTip answered.' })
  @IsString()
  @MaxLength(RECEIPT_CODE_MAX_LENGTH)
  receiptCode: string;
}

@ArgsType()
export class AddToPublicTipArgs extends PublicTipStatusArgs {
  @Field({ description: 'What to add.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(PUBLIC_NARRATIVE_MAX_LENGTH)
  narrative: string;
}
