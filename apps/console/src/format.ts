/** The locale dates and numbers are written in for a console language. */
export function localeOf(language: string): string {
  return language.startsWith('en') ? 'en-US' : 'es-MX';
}

export function formatDateTime(value: string | null | undefined, language: string): string {
  if (!value) return '—';
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(value),
  );
}

export function formatDate(value: string | null | undefined, language: string): string {
  if (!value) return '—';
  // A calendar day (YYYY-MM-DD or an instant's UTC day): shown as that day wherever the reader is.
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(value.length === 10 ? `${value}T00:00:00Z` : value),
  );
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language)).format(value);
}

const DAY_MS = 86_400_000;
/** A share ending within this many days is "expiring soon". */
export const EXPIRING_SOON_DAYS = 14;

export function expiringSoon(expiresAt: string | null | undefined, now: number = Date.now()): boolean {
  if (!expiresAt) return false;
  const left = new Date(expiresAt).getTime() - now;
  return left > 0 && left <= EXPIRING_SOON_DAYS * DAY_MS;
}
