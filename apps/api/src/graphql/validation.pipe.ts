import { ValidationError, ValidationPipe } from '@nestjs/common';
import { AppError, ErrorCode } from '@app/core';

function firstProblem(errors: ValidationError[], prefix = ''): { field: string; message: string } | null {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const message = error.constraints ? Object.values(error.constraints)[0] : undefined;
    if (message) return { field, message };
    const nested = firstProblem(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/** Validates every @Args input; the first problem becomes BAD_USER_INPUT naming the field. */
export const inputValidationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  exceptionFactory: (errors: ValidationError[]) => {
    const problem = firstProblem(errors) ?? { field: 'input', message: 'is invalid' };
    return new AppError(ErrorCode.BAD_USER_INPUT, problem.message, { field: problem.field });
  },
});
