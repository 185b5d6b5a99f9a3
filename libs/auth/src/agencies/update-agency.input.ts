import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional } from 'class-validator';
import { Role } from '@app/core';

@InputType('UpdateAgencyInput')
export class UpdateAgencyInput {
  /** The roles whose members must log in with a TOTP code. */
  @Field(() => [Role], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsEnum(Role, { each: true })
  mfaRequiredRoles?: Role[] | null;
}
