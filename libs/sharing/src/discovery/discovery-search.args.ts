import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { DateScalar } from '@app/core';

@ArgsType()
export class DiscoverySearchArgs {
  @Field({
    description:
      'A name or alias; matched accent-insensitively and typo-tolerantly, only on the keys the agreement allows for discovery.',
  })
  @IsString()
  @MaxLength(200)
  search: string;
}

/** At least one: each matches only where the agreement makes its field a discovery key. */
@ArgsType()
export class DiscoverSuspectsArgs {
  @Field(() => String, { nullable: true, description: 'Names and aliases (those the agreement makes keys).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'An identifier of any kind, normalized (where identifiers are a key).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  identifier?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Where the date of birth is a key.' })
  @IsOptional()
  dateOfBirth?: string | null;
}

/** At least one: the subject is matched as discoverSuspects matches a person. */
@ArgsType()
export class DiscoverWarrantsArgs {
  @Field(() => String, {
    nullable: true,
    description:
      "An identifier of the warrant's subject, of any kind, normalized (where identifiers are a discovery key of the subject).",
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  subjectIdentifier?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The subject's names or aliases (those the agreement makes keys).",
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  subjectSearch?: string | null;
}
