import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { AppError, ErrorCode } from '@app/core';

function firstProblem(errors: ValidationError[], prefix = ''): { field: string; message: string } | null {
  for (const error of errors) {
    // a list item by its index, as the scalars name one: `identifiers.2.value`
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const message = error.constraints ? Object.values(error.constraints)[0] : undefined;
    if (message) return { field, message };
    const nested = firstProblem(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/** The path of the first string holding U+0000, which PostgreSQL cannot store or compare. */
function nulCharacterAt(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulCharacterAt(item, `${path}.${index}`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulCharacterAt(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

/**
 * The parameter type @nestjs/graphql hands pipes for `@Parent()` (its internal GqlParamtype.ROOT):
 * a field resolver's parent is a view the server built, not client input.
 */
const GRAPHQL_PARENT = 0;

class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Validating (walking, then transforming) every parent of every field resolver call cost a
    // page of 50 suspects with their warrants and memberships a few milliseconds.
    if ((metadata.type as unknown) === GRAPHQL_PARENT) return value;
    // Refused here: it would otherwise reach the database and fail there as an internal error.
    const field = metadata.type === 'custom' ? null : nulCharacterAt(value, metadata.data ?? '');
    if (field !== null)
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'must not contain the NUL character (U+0000)', {
        field: field || 'input',
      });
    return super.transform(value, metadata);
  }
}

/** Validates every @Args input; the first problem becomes BAD_USER_INPUT naming the field. */
export const inputValidationPipe = new InputValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  exceptionFactory: (errors: ValidationError[]) => {
    const problem = firstProblem(errors) ?? { field: 'input', message: 'is invalid' };
    return new AppError(ErrorCode.BAD_USER_INPUT, problem.message, { field: problem.field });
  },
});
