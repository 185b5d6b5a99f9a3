import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import type { TipLanguage } from '@app/cases';
import { normalizeReceiptCode } from '../receipt-code';
import { PublicTipInput } from '../public-tip.types';
import { FormState } from './site-pages';
import { FormField } from './site-text';

/** A form post as the URL-encoded body parser hands it over: repeated names become arrays. */
export type FormBody = Record<string, unknown>;

/** A field's text; anything that is not one string (left out, repeated) reads as empty. */
function text(body: FormBody, name: string): string {
  const value = body[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** Whether the field that only bots fill in was filled in. */
function trapped(body: FormBody): boolean {
  return text(body, 'website') !== '';
}

function problemFields(errors: ValidationError[]): FormField[] {
  return errors.flatMap((error) =>
    error.children?.length ? problemFields(error.children) : [error.property as FormField],
  );
}

export interface TipFormResult {
  form: FormState;
  /** Set when the form is valid: what to submit as `submitPublicTip`. */
  input: PublicTipInput | null;
}

/** The tip form of a campaign's page, checked with the same rules as `submitPublicTip`. */
export function readTipForm(body: FormBody, campaignSlug: string, entryRank: number | null): TipFormResult {
  const values = {
    narrative: text(body, 'narrative'),
    name: text(body, 'name'),
    phone: text(body, 'phone'),
    email: text(body, 'email'),
    language: text(body, 'language'),
  };
  const contact = { name: values.name || null, phone: values.phone || null, email: values.email || null };
  const input = plainToInstance(PublicTipInput, {
    campaignSlug,
    entryRank,
    language: values.language as TipLanguage,
    narrative: values.narrative,
    contact: contact.name || contact.phone || contact.email ? contact : null,
  });
  const problems: FormField[] = [...new Set(problemFields(validateSync(input)))];
  if (trapped(body)) problems.push('form');
  return { form: { values, problems }, input: problems.length === 0 ? input : null };
}

export interface FollowUpFormResult {
  form: FormState;
  receiptCode: string | null;
  /** Empty: the visitor only asks whether the tip was received. */
  narrative: string;
}

/** The follow-up form: a receipt code (typed back in any way `normalizeReceiptCode` reads) and more information. */
export function readFollowUpForm(body: FormBody, maxNarrativeLength: number): FollowUpFormResult {
  const values = { receiptCode: text(body, 'receiptCode'), narrative: text(body, 'narrative') };
  const problems: FormField[] = [];
  if (!normalizeReceiptCode(values.receiptCode)) problems.push('receiptCode');
  if (values.narrative.length > maxNarrativeLength) problems.push('narrative');
  if (trapped(body)) problems.push('form');
  return {
    form: { values, problems },
    receiptCode: problems.length === 0 ? values.receiptCode : null,
    narrative: values.narrative,
  };
}
