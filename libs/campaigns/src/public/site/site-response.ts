import type { Response } from 'express';
import { SitePage } from './site-pages';
import { SITE_CSS_HASH } from './site-style';

function origins(images: string[]): string[] {
  const external = images.flatMap((image) => (/^https:\/\//.test(image) ? [new URL(image).origin] : []));
  return [...new Set(external)];
}

/**
 * The pages' content security policy: no script at all, the one inline style sheet by its
 * hash, images from this site and from exactly the photo hosts the page shows, forms posting
 * only here, and no framing.
 */
export function sitePolicy(images: string[]): string {
  return [
    "default-src 'none'",
    `style-src ${SITE_CSS_HASH}`,
    // data: for the empty icon, which spares a request for /favicon.ico
    `img-src ${["'self'", 'data:', ...origins(images)].join(' ')}`,
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Sets what a page is answered with; the body goes back through Nest, after the
 * transaction of a form post has committed. `cacheable` pages are the same for everyone;
 * answers to forms (a receipt code) and problems are never stored.
 */
export function preparePage(res: Response, status: number, page: SitePage, cacheable: boolean): string {
  res.status(status);
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Security-Policy', sitePolicy(page.images));
  res.setHeader('Cache-Control', cacheable ? 'public, max-age=60' : 'no-store');
  // Not helmet's no-referrer: with it, browsers send `Origin: null` on form posts, and the
  // forms are checked by their origin. Other sites still get no referrer.
  res.setHeader('Referrer-Policy', 'same-origin');
  return page.html;
}
