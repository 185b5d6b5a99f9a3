import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional } from 'class-validator';
import { Role } from '@app/core';

@InputType('UpdateAgencyInput', { description: "The admin's own agency's settings; what is left out stays." })
export class UpdateAgencyInput {
  /** The roles whose members must log in with a TOTP code. */
  @Field(() => [Role], {
    nullable: true,
    description: 'The roles whose members must log in with a TOTP code (all of them, replacing the current ones).',
  })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsEnum(Role, { each: true })
  mfaRequiredRoles?: Role[] | null;
}
