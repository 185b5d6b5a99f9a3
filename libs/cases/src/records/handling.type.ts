import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsEnum, IsOptional } from 'class-validator';
import { In } from 'typeorm';
import { AgencyEntity, RequestContext } from '@app/auth';
import { Country, Tlp } from '@app/core';

@ObjectType('Handling')
export class Handling {
  @Field(() => Tlp)
  tlp: Tlp;

  @Field(() => [Country])
  releasableTo: Country[];

  @Field()
  originatorControlled: boolean;
}

@InputType('HandlingInput')
export class HandlingInput {
  @Field(() => Tlp)
  @IsEnum(Tlp)
  tlp: Tlp;

  /** Left out: the owner's own country. */
  @Field(() => [Country], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsEnum(Country, { each: true })
  releasableTo?: Country[] | null;

  @Field(() => Boolean, { nullable: true })
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
      const agencies = await ctx.manager.getRepository(AgencyEntity).find({ select: { id: true, country: true }, where: { id: In([...ids]) } });
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
