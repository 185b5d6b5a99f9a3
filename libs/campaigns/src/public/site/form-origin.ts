import type { IncomingHttpHeaders } from 'node:http';

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * Whether a form post comes from the site's own pages, not from another site making a
 * visitor's browser post for it (cross-site request forgery). The forms are anonymous, so
 * there is no session to bind a token to: browsers say where a post comes from instead.
 * `Sec-Fetch-Site` (every current browser) must be `same-origin`, or `none` (typed by the
 * user); without it, `Origin` must name this host (the request's `Host`) or `publicBaseUrl`.
 * A post with neither header comes from no browser that could be tricked into sending it.
 */
export function isSameSitePost(headers: IncomingHttpHeaders, publicBaseUrl?: string): boolean {
  const fetchSite = header(headers, 'sec-fetch-site');
  if (fetchSite !== undefined) return fetchSite === 'same-origin' || fetchSite === 'none';
  const origin = header(headers, 'origin');
  if (origin === undefined) return true;
  const host = hostOf(origin);
  return (
    host !== null &&
    (host === header(headers, 'host') || (publicBaseUrl !== undefined && host === hostOf(publicBaseUrl)))
  );
}
