import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../test/support/browser';
import { DEMO_PASSWORD, startApp, TestApp } from '../test/support/test-app';
import { startTestPostgres } from '../test/support/test-postgres';

/**
 * `npm run screenshots`: the README's pictures of the main pages (docs/screenshots/*.png),
 * taken in Chromium from the built API on a fresh demo database (DATABASE_URL's server, or an
 * embedded PostgreSQL).
 */
const OUT = resolve(__dirname, '../../docs/screenshots');
const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  javaScriptEnabled: false,
  locale: 'es-MX',
};
const DESKTOP = (locale: string): BrowserContextOptions => ({ viewport: { width: 1280, height: 800 }, locale });

async function page(browser: Browser, options: BrowserContextOptions): Promise<Page> {
  return (await browser.newContext(options)).newPage();
}

async function shoot(target: Page, name: string): Promise<void> {
  await target.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
  console.log(`docs/screenshots/${name}.png`);
}

async function logIn(app: TestApp, target: Page, email: string): Promise<void> {
  await target.goto(`${app.url}/console`);
  await target.getByTestId('login-email').fill(email);
  await target.getByTestId('login-password').fill(DEMO_PASSWORD);
  await target.getByTestId('login-submit').click();
  await target.locator('header nav').first().waitFor();
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const postgres = await startTestPostgres();
  const app = await startApp();
  const browser = await launchChromium();
  try {
    const phone = await page(browser, PHONE);
    await phone.goto(`${app.url}/se-busca/se-busca-demo`);
    await shoot(phone, 'se-busca-list');
    await phone.goto(`${app.url}/se-busca/se-busca-demo/3`);
    await shoot(phone, 'se-busca-entry');
    await phone
      .getByLabel('¿Qué sabe? Cuéntenos qué vio, dónde y cuándo.')
      .fill('La vi ayer en la tarde en la colonia Anapra.');
    await phone.getByRole('button', { name: 'Enviar información' }).click();
    await shoot(phone, 'se-busca-receipt');

    const fgr = await app.as('analyst@fgr.example');
    await fgr.gql(
      'mutation { requestShare(recordType: SUSPECT, recordId: "0195a000-0004-7000-8000-000000000001", purpose: "Carpeta FED/CHIH/JUA/0001234/2026") { id } }',
    );
    const liaison = await page(browser, DESKTOP('es-MX'));
    await logIn(app, liaison, 'liaison@hsi.example');
    await liaison.getByTestId('inbox-item').first().waitFor();
    await shoot(liaison, 'console-inbox');
    await liaison.getByTestId('approve').first().click();
    await liaison.getByRole('dialog').waitFor();
    await shoot(liaison, 'console-approve');
    await liaison.getByTestId('confirm').click();
    await liaison.getByTestId('inbox-item').first().waitFor({ state: 'detached' });
    await liaison.getByTestId('nav-audit').click();
    await liaison.getByTestId('audit-event').first().waitFor();
    await shoot(liaison, 'console-audit');

    const analyst = await page(browser, DESKTOP('en-US'));
    await logIn(app, analyst, 'analyst@fgr.example');
    await analyst.goto(`${app.url}/console/records/SUSPECT/0195a000-0004-7000-8000-000000000001`);
    await analyst.getByRole('row', { name: /Given names/ }).waitFor();
    await shoot(analyst, 'console-record');

    const hsiAnalyst = await page(browser, DESKTOP('en-US'));
    await logIn(app, hsiAnalyst, 'analyst@hsi.example');
    await hsiAnalyst.getByLabel('Name, alias or identifier').fill('nunes');
    await hsiAnalyst.getByRole('button', { name: 'Search', exact: true }).click();
    await hsiAnalyst.getByTestId('search-hit').first().waitFor();
    await shoot(hsiAnalyst, 'console-search');

    const intake = await page(browser, DESKTOP('en-US'));
    await logIn(app, intake, 'intake@usbp.example');
    const usbpIntake = await app.as('intake@usbp.example');
    await usbpIntake.gql('mutation ($input: SubmitTipInput!) { submitTip(input: $input) { id } }', {
      input: {
        channel: 'HOTLINE',
        language: 'es',
        priority: 'URGENT',
        narrative: 'Dice que esta noche cruzan a un grupo con dos niños por el arroyo de Anapra.',
        tipster: { anonymous: true },
        handling: { tlp: 'AMBER', releasableTo: ['US'] },
      },
    });
    await intake.reload();
    await intake.getByTestId('tip-item').first().waitFor();
    await shoot(intake, 'console-tips');
  } finally {
    await browser.close();
    await app.stop();
    await postgres.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
