import { urlencoded } from 'express';
import type { NextFunction, Request, Response } from 'express';
import { problemPage } from './site-pages';
import { preparePage } from './site-response';
import { siteLanguage } from './site-text';

/** Room for a full narrative (5,000 characters, each up to 9 bytes URL-encoded) and the contact. */
const FORM_BODY_LIMIT = '64kb';

/**
 * Reads the site's URL-encoded form posts; a body too large or unreadable is a page in the
 * visitor's language (this runs before the site's exception filter can).
 */
export function formBody() {
  const parse = urlencoded({ extended: false, limit: FORM_BODY_LIMIT, parameterLimit: 20 });
  return (req: Request, res: Response, next: NextFunction): void => {
    parse(req, res, (error?: unknown) => {
      if (!error) return next();
      const status = (error as { status?: number }).status;
      res.send(
        preparePage(res, status === 413 ? 413 : 400, problemPage(siteLanguage(req.query.lang), 'unreadable'), false),
      );
    });
  };
}
