import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsEnum, IsOptional } from 'class-validator';
import { In } from 'typeorm';
import { AgencyEntity, RequestContext } from '@app/auth';
import { Country, Tlp } from '@app/core';

@ObjectType('Handling', {
  description: "A record's handling markings: who it may go to, and whether its owner controls where it goes next.",
})
export class Handling {
  @Field(() => Tlp, { description: 'Its Traffic Light Protocol level.' })
  tlp: Tlp;

  @Field(() => [Country], {
    description: 'REL TO: the countries whose agencies may receive it; an agency of another country never sees it.',
  })
  releasableTo: Country[];

  @Field({ description: 'ORCON: a recipient may not pass it on (the third-party rule).' })
  originatorControlled: boolean;
}

@InputType('HandlingInput', { description: 'Handling markings, set whole.' })
export class HandlingInput {
  @Field(() => Tlp, { description: 'Its Traffic Light Protocol level.' })
  @IsEnum(Tlp)
  tlp: Tlp;

  @Field(() => [Country], {
    nullable: true,
    description:
      "REL TO: the countries whose agencies may receive it (at most 30). Left out: the owner's own country only.",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsEnum(Country, { each: true })
  releasableTo?: Country[] | null;

  @Field(() => Boolean, { nullable: true, description: 'ORCON: recipients may not pass it on. False when left out.' })
  @IsOptional()
  @IsBoolean()
  originatorControlled?: boolean | null;
}

/** A record's handling markings as stored. */
export interface HandlingColumns {
  tlp: Tlp;
  releasableTo: Country[];
  originatorControlled: boolean;
}

/** The actor's agency's country, once per request. */
function ownCountry(ctx: RequestContext): Promise<Country> {
  return ctx
    .loader<string, Country>('Agency:country', async (ids) => {
      const agencies = await ctx.manager
        .getRepository(AgencyEntity)
        .find({ select: { id: true, country: true }, where: { id: In([...ids]) } });
      return ids.map((id) => agencies.find((agency) => agency.id === id)?.country ?? new Error(`unknown agency ${id}`));
    })
    .load(ctx.agencyId);
}

/**
 * Handling columns from the input (markings are set whole), with the defaults a record gets:
 * REL TO left out is the owner's own country (an empty list would hide even a GREEN record
 * from a standing partner of the same country), ORCON off.
 */
export async function handlingColumns(ctx: RequestContext, input: HandlingInput): Promise<HandlingColumns> {
  return {
    tlp: input.tlp,
    releasableTo: input.releasableTo ? [...new Set(input.releasableTo)] : [await ownCountry(ctx)],
    originatorControlled: input.originatorControlled ?? false,
  };
}
