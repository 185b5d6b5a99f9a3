import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class LoginArgs {
  @Field()
  @IsString()
  @MinLength(3)
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password: string;

  /** Required when TOTP is enabled for the account (login answers TOTP_REQUIRED without it). */
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9]{6}$/, { message: 'expected a 6-digit code' })
  totpCode?: string;
}
