import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional } from 'class-validator';
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

  @Field(() => [Country], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2)
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

/** Handling columns from the input, with the defaults a new record gets. */
export function handlingColumns(input: HandlingInput): HandlingColumns {
  return {
    tlp: input.tlp,
    releasableTo: [...new Set(input.releasableTo ?? [])],
    originatorControlled: input.originatorControlled ?? false,
  };
}
