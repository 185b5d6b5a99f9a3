import { applyDecorators, Type as ClassType } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';

/** A required, non-empty text input field of at most `maxLength` characters. */
export function RequiredText(maxLength: number, description: string): PropertyDecorator {
  return applyDecorators(
    Field(() => String, { description }),
    IsString(),
    IsNotEmpty(),
    MaxLength(maxLength),
  );
}

/** An optional free-text input field of at most `maxLength` characters. */
export function OptionalText(maxLength: number, description: string): PropertyDecorator {
  return applyDecorators(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    IsString(),
    MaxLength(maxLength),
  );
}

/** An optional list of nested inputs, each validated, at most `maxItems` long. */
export function OptionalInputList<T>(type: ClassType<T>, maxItems: number, description: string): PropertyDecorator {
  return applyDecorators(
    Field(() => [type], { nullable: true, description }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(maxItems),
    ValidateNested({ each: true }),
    Type(() => type),
  );
}

/** An optional nested input, validated when given. */
export function OptionalNestedInput<T>(type: ClassType<T>, description: string): PropertyDecorator {
  return applyDecorators(
    Field(() => type, { nullable: true, description }),
    IsOptional(),
    ValidateNested(),
    Type(() => type),
  );
}

/** A required nested input, validated. */
export function NestedInput<T>(type: ClassType<T>, description: string): PropertyDecorator {
  return applyDecorators(
    Field(() => type, { description }),
    ValidateNested(),
    Type(() => type),
  );
}

function textListRules(maxItems: number, maxLength: number): PropertyDecorator[] {
  return [
    IsArray(),
    ArrayMaxSize(maxItems),
    IsString({ each: true }),
    IsNotEmpty({ each: true }),
    MaxLength(maxLength, { each: true }),
  ];
}

/** An optional list of at most `maxItems` non-empty texts of at most `maxLength` characters (aliases). */
export function OptionalTextList(maxItems: number, maxLength: number, description: string): PropertyDecorator {
  return applyDecorators(
    Field(() => [String], { nullable: true, description }),
    IsOptional(),
    ...textListRules(maxItems, maxLength),
  );
}

/** A required list of 1 to `maxItems` non-empty texts of at most `maxLength` characters. */
export function RequiredTextList(maxItems: number, maxLength: number, description: string): PropertyDecorator {
  return applyDecorators(
    Field(() => [String], { description }),
    ArrayNotEmpty(),
    ...textListRules(maxItems, maxLength),
  );
}
