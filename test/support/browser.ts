import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { Browser, BrowserContext, BrowserContextOptions, chromium, Page } from 'playwright-core';
import { startApp, StartAppOptions, TestApp } from './test-app';

/** Debian's Chromium: the tests never download a browser of Playwright's own. */
export const CHROMIUM = '/usr/bin/chromium';

// Headless on a machine with no network but loopback: without the background-networking
// flags Chromium keeps trying (and failing) to reach Google's services.
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// The whole of WCAG 2.2 A and AA that axe can check.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const INSTALL_TIMEOUT_MS = 10 * 60_000;

/** Installs Debian's Chromium when it is missing (CI's .ci/run does it first; as root, like the tests). */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const aptGet = (...args: string[]) =>
    execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  try {
    aptGet('install', '-y', '-q', 'chromium');
  } catch {
    // A new machine may not have the package lists yet.
    aptGet('update', '-q');
    aptGet('install', '-y', '-q', 'chromium');
  }
}

/** Launches Chromium; Playwright gives every launch a fresh, empty user data directory of its own. */
export function launchChromium(): Promise<Browser> {
  ensureChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

export interface BrowserApp {
  /** The built API this spec drives (test-app.ts). */
  readonly app: TestApp;
  readonly browser: Browser;
  /**
   * A page in a new browser context (its own cookies and storage). Every console error and
   * uncaught script error of its pages fails the running test.
   */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** Runs axe-core on the page as it is now: any serious or critical WCAG 2.2 A/AA violation fails. */
  expectAccessible(page: Page): Promise<void>;
}

/**
 * Starts the built API and Chromium for the spec (before all its tests, stopped after), and
 * checks after each test that no page logged a console error.
 */
export function useBrowserApp(env: Record<string, string> = {}, options: StartAppOptions = {}): BrowserApp {
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  let axeContext: BrowserContext | undefined;
  const consoleErrors: string[] = [];
  const withoutScripts = new WeakSet<BrowserContext>();

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(env, options), launchChromium()]);
    axeContext = await browser.newContext();
  }, INSTALL_TIMEOUT_MS);
  afterEach(() => {
    expect(consoleErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  /**
   * axe runs as a script in the page. Chromium evaluates no script at all in a page whose
   * context has JavaScript disabled, so such a page is checked as a copy: its HTML served at
   * its own address (images and styles load as in the original) in a context with scripts.
   */
  const pageForAxe = async (page: Page): Promise<Page> => {
    if (!withoutScripts.has(page.context())) return page;
    const url = page.url();
    const markup = await page.content();
    const copy = await axeContext!.newPage();
    await copy.route(
      (address) => address.href === url,
      (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: markup }),
    );
    await copy.goto(url);
    return copy;
  };

  return {
    get app() {
      return app!;
    },
    get browser() {
      return browser!;
    },
    async newPage(contextOptions = {}) {
      const context = await browser!.newContext(contextOptions);
      if (contextOptions.javaScriptEnabled === false) withoutScripts.add(context);
      const page = await context.newPage();
      // Documents answered with an error status (a 404 page, a form sent back with a problem):
      // the test asserts that status; Chromium's note that the document failed to load is not a script error.
      const errorDocuments = new Set<string>();
      page.on('response', (response) => {
        if (response.request().isNavigationRequest() && response.status() >= 400) errorDocuments.add(response.url());
      });
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        if (message.text().startsWith('Failed to load resource:') && errorDocuments.has(message.location().url)) return;
        consoleErrors.push(`${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
      return page;
    },
    async expectAccessible(page) {
      const target = await pageForAxe(page);
      try {
        // Evaluated through the DevTools protocol, so a strict content security policy does not stop it.
        await target.evaluate(AXE_SOURCE);
        const options = { runOnly: { type: 'tag', values: WCAG_TAGS } };
        const violations = (await target.evaluate(
          `axe.run(document, ${JSON.stringify(options)}).then((results) => results.violations)`,
        )) as AxeViolation[];
        const serious = violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map(
            (violation) =>
              `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
          );
        expect({ page: page.url(), serious }).toEqual({ page: page.url(), serious: [] });
      } finally {
        if (target !== page) await target.close();
      }
    },
  };
}
