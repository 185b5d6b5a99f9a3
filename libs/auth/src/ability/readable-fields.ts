import { AnyAbility, subject as asSubject } from '@casl/ability';
import { permittedFieldsOf } from '@casl/ability/extra';

/**
 * Which of `fields` `ability` lets the actor read on `row` (a record of `type`): what
 * `can('read', row, field)` answers for each field, from one pass over the rules, each rule's
 * conditions matched once rather than once per field (a page of 50 records with a dozen fields
 * each made the per-field checks the costliest step of a request).
 */
export function readableFields(ability: AnyAbility, type: string, row: object, fields: string[]): Set<string> {
  const tagged = asSubject(type, { ...row });
  const permitted = new Set(
    permittedFieldsOf(ability, 'read', tagged, { fieldsFrom: (rule) => rule.fields ?? fields }),
  );
  return new Set(fields.filter((field) => permitted.has(field)));
}
