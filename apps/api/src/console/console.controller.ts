import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Controller, Get, Param, Res } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import type { Response } from 'express';
import { Public, PUBLIC_READ_THROTTLER, PublicBudget } from '@app/auth';

/** Where `npm run build` puts the console (dist/console), seen from dist/apps/api/src/console. */
const CONSOLE_DIR = resolve(__dirname, '../../../../console');
const ASSET = /^assets\/[A-Za-z0-9._-]+$/;

/**
 * The console's policy: scripts, styles and connections (GraphQL over HTTP and graphql-ws) of
 * this origin only, nothing inline, no framing.
 */
export const CONSOLE_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * `GET /console/...`: the console's single-page app. Its built files (named by their content,
 * so cached for good) and, for every other path, its page, which routes in the browser.
 */
@Controller('console')
export class ConsoleController {
  @Public()
  @PublicBudget(PUBLIC_READ_THROTTLER)
  // Static files, cheap to serve, fetched by every officer behind an agency's one address at the
  // start of a shift: not counted. GraphQL, where the work is, keeps its limits.
  @SkipThrottle({ [PUBLIC_READ_THROTTLER]: true })
  @Get(['', '{*path}'])
  serve(@Param('path') path: string[] | undefined, @Res() res: Response): void {
    const file = (path ?? []).join('/');
    res.setHeader('Content-Security-Policy', CONSOLE_POLICY);
    if (!existsSync(join(CONSOLE_DIR, 'index.html'))) {
      res.status(404).type('text/plain').send('The console is not built: run `npm run build`.');
      return;
    }
    if (ASSET.test(file) && existsSync(join(CONSOLE_DIR, file))) {
      res.sendFile(file, {
        root: CONSOLE_DIR,
        dotfiles: 'deny',
        headers: { 'Cache-Control': 'public, max-age=31536000, immutable' },
      });
      return;
    }
    res.sendFile('index.html', { root: CONSOLE_DIR, headers: { 'Cache-Control': 'no-cache' } });
  }
}
