import { ValidateBy, ValidationOptions } from 'class-validator';
import { GraphQLEmailAddress } from 'graphql-scalars';

/**
 * An email address by graphql-scalars' `EmailAddress` rule (the HTML specification's). The
 * contract types emails as `String` (a client's `$email: String!` must keep working), so
 * inputs keep that type and are checked with the scalar's rule here.
 */
export function IsEmailAddress(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isEmailAddress',
      validator: {
        validate: (value: unknown) => {
          try {
            GraphQLEmailAddress.parseValue(value);
            return true;
          } catch {
            return false;
          }
        },
        defaultMessage: () => 'must be an email address',
      },
    },
    options,
  );
}
