import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Page } from 'playwright-core';
import { useBrowserApp } from './support/browser';
import { httpFrom } from './support/from-address';
import { DEMO_PASSWORD, GqlResult } from './support/test-app';

// HSI's record of the man FGR looks for (README "Sharing").
const NUNEZ = '0195a000-0004-7000-8000-000000000001';

function data<T>(result: GqlResult<T>): T {
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}

describe('the console', () => {
  // A public read budget the console's files would exhaust at once if they counted against it.
  const web = useBrowserApp({ PUBLIC_READ_RATE_LIMIT_PER_MINUTE: '3' });
  const spanish = { locale: 'es-MX', viewport: { width: 1280, height: 900 } };
  const english = { locale: 'en-US', viewport: { width: 1280, height: 900 } };

  const logIn = async (page: Page, email: string) => {
    await page.goto(`${web.app.url}/console`);
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.locator('header nav').first().waitFor();
  };

  it('is served by the API under /console with a strict content security policy', async () => {
    const page = await httpFrom('127.0.0.1', `${web.app.url}/console`);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
    const html = page.body.toString();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const script = /src="(\/console\/assets\/[^"]+\.js)"/.exec(html)![1];
    const asset = await httpFrom('127.0.0.1', `${web.app.url}${script}`);
    expect([asset.status, asset.headers['content-type'], asset.headers['cache-control']]).toEqual([
      200,
      'text/javascript; charset=utf-8',
      'public, max-age=31536000, immutable',
    ]);
    // any other path is the app, which routes in the browser
    expect((await httpFrom('127.0.0.1', `${web.app.url}/console/inbox`)).body.toString()).toBe(html);
    // static files are not rate limited: a whole office shares one address
    for (let load = 0; load < 5; load++)
      expect((await httpFrom('127.0.0.1', `${web.app.url}/console`)).status).toBe(200);
  });

  it('has its operation types generated from the schema this API serves (npm run console:codegen)', () => {
    const root = resolve(__dirname, '..');
    const out = mkdtempSync(join(tmpdir(), 'console-gql-'));
    execFileSync(join(root, 'node_modules/.bin/graphql-codegen'), ['--config', 'apps/console/codegen.ts', '--silent'], {
      cwd: root,
      env: { ...process.env, CONSOLE_SCHEMA: `${web.app.url}/graphql`, CONSOLE_CODEGEN_OUT: `${out}/` },
    });
    const committed = join(root, 'apps/console/src/gql');
    expect(readdirSync(out).sort()).toEqual(readdirSync(committed).sort());
    for (const file of readdirSync(committed))
      expect([file, readFileSync(join(out, file), 'utf8') === readFileSync(join(committed, file), 'utf8')]).toEqual([
        file,
        true,
      ]);
  });

  it('shows a liaison who asked, why and what, and what the agreement lets them grant; the requester sees only the decision', async () => {
    const [fgrAnalyst, hsiLiaison, usbpLiaison] = await Promise.all(
      ['analyst@fgr.example', 'liaison@hsi.example', 'liaison@usbp.example'].map((email) => web.app.as(email)),
    );
    const { requestShare } = data(
      await fgrAnalyst.gql<{ requestShare: { id: string } }>(
        'mutation { requestShare(recordType: SUSPECT, recordId: "0195a000-0004-7000-8000-000000000001", purpose: "Carpeta FED/CHIH/JUA/0009999/2026", fields: ["givenNames", "identifiers", "aliases"]) { id } }',
      ),
    );
    const fields = 'id requestedBy { displayName email agency { code } } grantableFields';
    const inbox = data(
      await hsiLiaison.gql<{ sharingRequests: { id: string }[] }>(
        `{ sharingRequests(direction: INCOMING, status: PENDING) { ${fields} } }`,
      ),
    ).sharingRequests;
    // HSI<->FGR lets suspects' identifiers go; FGR asked for three fields, so those three
    expect(inbox.find((request) => request.id === requestShare.id)).toEqual({
      id: requestShare.id,
      requestedBy: { displayName: expect.any(String), email: 'analyst@fgr.example', agency: { code: 'FGR' } },
      grantableFields: ['givenNames', 'aliases', 'identifiers'],
    });
    // the requester sees who asked, but has nothing to grant
    const outbox = data(
      await fgrAnalyst.gql<{ sharingRequests: { id: string }[] }>(
        `{ sharingRequests(direction: OUTGOING) { ${fields} } }`,
      ),
    ).sharingRequests;
    expect(outbox.find((request) => request.id === requestShare.id)).toMatchObject({
      requestedBy: { email: 'analyst@fgr.example' },
      grantableFields: null,
    });
    // a third agency does not see the request at all
    const elsewhere = data(
      await usbpLiaison.gql<{ sharingRequests: { id: string }[] }>(`{ sharingRequests(direction: INCOMING) { id } }`),
    ).sharingRequests;
    expect(elsewhere.map((request) => request.id)).not.toContain(requestShare.id);
    data(await fgrAnalyst.gql('mutation ($id: ID!) { withdrawShareRequest(id: $id) { id } }', { id: requestShare.id }));
  });

  it('lets a liaison approve a request with the fields they choose, and the requester sees exactly those', async () => {
    // FGR's analyst finds a partner's record by discovery and asks for it, in English
    const analyst = await web.newPage(english);
    await logIn(analyst, 'analyst@fgr.example');
    await web.expectAccessible(analyst);
    await analyst.getByLabel('Name, alias or identifier').fill('jose nunez');
    await analyst.getByRole('button', { name: 'Search', exact: true }).click();
    await analyst.getByRole('button', { name: 'Ask partner agencies' }).click();
    const hit = analyst.getByRole('listitem').filter({ hasText: 'Person at HSI' });
    await hit.getByRole('button', { name: 'Request this record' }).click();
    await web.expectAccessible(analyst);
    const purpose = 'Carpeta de investigación FED/CHIH/JUA/0001234/2026';
    await analyst.getByLabel('Purpose (for example, the case file number)').fill(purpose);
    await analyst.getByRole('button', { name: 'Send request' }).click();
    await analyst.getByText("Request sent. HSI's liaison officer will decide.").waitFor();

    // HSI's liaison decides, in Spanish
    const liaison = await web.newPage(spanish);
    await logIn(liaison, 'liaison@hsi.example');
    await liaison.getByTestId('nav-inbox').click();
    const item = liaison.getByTestId('inbox-item').filter({ hasText: purpose });
    await item.waitFor();
    expect(await item.textContent()).toContain('FGR');
    expect(await item.textContent()).toContain('Todo lo que permite el convenio');
    await web.expectAccessible(liaison);
    await item.getByTestId('approve').click();
    const dialog = liaison.getByRole('dialog');
    await dialog.getByLabel('Nombre(s)', { exact: true }).waitFor();
    // every allowed field comes checked: keep only the names
    for (const box of await dialog.getByRole('checkbox').all()) await box.uncheck();
    await dialog.getByLabel('Nombre(s)', { exact: true }).check();
    await dialog.getByLabel('Apellido paterno', { exact: true }).check();
    await dialog.getByLabel('Uso permitido').selectOption('PROSECUTION');
    await web.expectAccessible(liaison);
    await liaison.getByTestId('confirm').click();
    await item.waitFor({ state: 'detached' });

    // the requester's side: exactly the chosen fields, the rest "Not granted"
    const fgr = await web.app.as('analyst@fgr.example');
    const { suspect } = data(
      await fgr.gql<{
        suspect: {
          givenNames: string;
          paternalSurname: string;
          aliases: string[] | null;
          redactedFields: string[];
          sharing: { use: string };
        };
      }>(`{ suspect(id: "${NUNEZ}") { givenNames paternalSurname aliases redactedFields sharing { use } } }`),
    );
    expect(suspect).toMatchObject({
      givenNames: 'José Ángel',
      paternalSurname: 'Núñez',
      aliases: null,
      sharing: { use: 'PROSECUTION' },
    });
    expect(suspect.redactedFields).toContain('aliases');
    await analyst.goto(`${web.app.url}/console/records/SUSPECT/${NUNEZ}`);
    await analyst.getByRole('row', { name: /Given names/ }).waitFor();
    expect(await analyst.getByRole('row', { name: /Given names/ }).textContent()).toContain('José Ángel');
    expect(await analyst.getByRole('row', { name: /Paternal surname/ }).textContent()).toContain('Núñez');
    expect(await analyst.getByRole('row', { name: /Aliases/ }).textContent()).toContain('Not granted');
    expect(await analyst.getByText('TLP:').first().textContent()).toMatch(/^TLP:(CLEAR|GREEN|AMBER|AMBER\+STRICT)$/);
    expect(await analyst.getByText(/Shared by HSI for Prosecution/).count()).toBe(1);
    await web.expectAccessible(analyst);

    // the liaison's shares: the new one, which can be revoked, and its audit trail
    await liaison.getByRole('link', { name: 'Compartidos' }).click();
    const share = liaison.locator('li.card').filter({ hasText: purpose });
    await share.waitFor();
    await web.expectAccessible(liaison);
    await share.getByRole('link', { name: 'Bitácora' }).click();
    await liaison.getByText('SHARE_APPROVED').first().waitFor();
    await web.expectAccessible(liaison);
  });

  it('lets intake enter a hotline tip, grade it and refer it, in the language they chose', async () => {
    const page = await web.newPage(spanish);
    await logIn(page, 'intake@usbp.example');
    // each role starts where its work is
    await page.waitForURL(`${web.app.url}/console/tips`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.reload();
    await page.getByRole('heading', { name: 'Tips', exact: true }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await web.expectAccessible(page);

    const narrative = 'Caller says a white pickup picks up migrants behind the Anapra church every night around 2 am.';
    await page.getByText('Enter a tip').click();
    const form = page.locator('details form');
    await page.getByLabel('Channel').selectOption('HOTLINE');
    await form.getByLabel('Priority').selectOption('LIFE_THREATENING');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('en');
    await page.getByLabel('Narrative').fill(narrative);
    await page.getByLabel('Anonymous').uncheck();
    await page.getByLabel("Tipster's phone").fill('+1 915 555 0142');
    await web.expectAccessible(page);
    await page.getByRole('button', { name: 'Enter tip' }).click();
    await page.getByText('Tip entered.').waitFor();
    // a routine tip entered after it still comes after it: the queue is most pressing first
    const intake = await web.app.as('intake@usbp.example');
    const routine = 'Caller reports a stash house near the Santa Teresa crossing, no date given.';
    data(
      await intake.gql('mutation ($input: SubmitTipInput!) { submitTip(input: $input) { id } }', {
        input: {
          channel: 'WHATSAPP',
          language: 'es',
          narrative: routine,
          priority: 'ROUTINE',
          tipster: { anonymous: true },
          handling: { tlp: 'AMBER', releasableTo: ['US'] },
        },
      }),
    );
    await page.reload();
    const row = page.getByTestId('tip-item').filter({ hasText: narrative.slice(0, 40) });
    await row.waitFor();
    expect(await row.getByRole('cell').first().textContent()).toBe('Life-threatening');
    const rows = await page
      .getByTestId('tip-item')
      .evaluateAll((items) => items.map((item) => [item.getAttribute('data-priority'), item.textContent ?? '']));
    const rank = { LIFE_THREATENING: 2, URGENT: 1, ROUTINE: 0 } as Record<string, number>;
    const ranks = rows.map(([priority]) => rank[priority!]);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    const position = (text: string) => rows.findIndex(([, content]) => content.includes(text.slice(0, 40)));
    expect(position(narrative)).toBeLessThan(position(routine));
    const queue = page.locator('section', { has: page.getByRole('heading', { name: 'Queue' }) });
    await queue.getByLabel('Priority').selectOption('ROUTINE');
    await row.waitFor({ state: 'detached' });
    await page
      .getByTestId('tip-item')
      .filter({ hasText: routine.slice(0, 40) })
      .waitFor();
    await web.expectAccessible(page);
    await queue.getByLabel('Priority').selectOption('');
    await row.getByRole('link').click();

    await page.getByRole('heading', { name: 'Triage' }).waitFor();
    await web.expectAccessible(page);
    await page.getByLabel('Source reliability').selectOption('B');
    await page.getByLabel('Information credibility').selectOption('2');
    await page.getByLabel('Status').selectOption('ACTIONABLE');
    await page.getByRole('button', { name: 'Save triage' }).click();
    await page.getByText('Triage saved.').waitFor();
    await page.getByLabel('Agency').selectOption({ label: 'JTFA (Joint Task Force Alpha)' });
    await page.getByLabel('Purpose').fill('Grupo de tarea conjunto');
    await page.getByRole('button', { name: 'Refer', exact: true }).click();
    await page.getByText('Tip referred.').waitFor();

    const tips = data(
      await intake.gql<{
        tips: {
          edges: {
            node: {
              narrative: string;
              channel: string;
              status: string;
              sourceReliability: string;
              informationCredibility: number;
              tipster: { phone: string };
            };
          }[];
        };
      }>(
        '{ tips(first: 20) { edges { node { narrative channel status sourceReliability informationCredibility tipster { phone } } } } }',
      ),
    ).tips.edges.map((edge) => edge.node);
    expect(tips.find((tip) => tip.narrative === narrative)).toEqual({
      narrative,
      channel: 'HOTLINE',
      status: 'REFERRED',
      sourceReliability: 'B',
      informationCredibility: 2,
      tipster: { phone: '+1 915 555 0142' },
    });

    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByTestId('login-email').waitFor();
    await web.expectAccessible(page);
  });

  it('finds people by identifier in any spelling and by name, saying how each matched', async () => {
    const page = await web.newPage(english);
    await logIn(page, 'analyst@hsi.example');
    await page.waitForURL(`${web.app.url}/console/search`);
    const search = async (text: string) => {
      await page.getByLabel('Name, alias or identifier').fill(text);
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page.getByRole('heading', { name: /^People · / }).waitFor();
    };
    const hit = (name: string) => page.getByTestId('search-hit').filter({ hasText: name });
    const matched = async (name: string) =>
      hit(name)
        .first()
        .locator('[data-match]')
        .evaluateAll((tags) => tags.map((tag) => [tag.getAttribute('data-match'), tag.textContent]));

    // a CURP typed in lower case with dashes: the person holding it, with the identifiers shown
    await search('nupa-840317-hchxxn06');
    await hit('José Ángel Núñez Peña').first().waitFor();
    expect(await matched('José Ángel Núñez Peña')).toEqual([['IDENTIFIER', 'Identifier']]);
    expect(await hit('José Ángel Núñez Peña').first().textContent()).toContain('CURP NUPA840317HCHXXN06');
    await web.expectAccessible(page);

    // names: exact, and one that only sounds alike, ranked after exact matches
    await search('jose angel nunez');
    await hit('José Ángel Núñez Peña').first().waitFor();
    expect(await matched('José Ángel Núñez Peña')).toEqual([['EXACT', 'Exact name']]);
    await search('marisol biyalobos');
    await hit('Marisol Cárdenas Villalobos').waitFor();
    expect(await matched('Marisol Cárdenas Villalobos')).toEqual([['PHONETIC', 'Sounds alike']]);
    await web.expectAccessible(page);
    await hit('Marisol Cárdenas Villalobos').getByRole('link').click();
    await page.getByRole('row', { name: /Maternal surname/ }).waitFor();
    expect(await page.getByRole('row', { name: /Maternal surname/ }).textContent()).toContain('Villalobos');
  });

  it("says what a partner's record withholds under a standing agreement, and why", async () => {
    // HSI->USBP is standing, without identifiers
    const page = await web.newPage(english);
    await logIn(page, 'analyst@usbp.example');
    await page.goto(`${web.app.url}/console/records/SUSPECT/${NUNEZ}`);
    await page.getByRole('row', { name: /Identifiers/ }).waitFor();
    expect(await page.getByRole('row', { name: /Identifiers/ }).textContent()).toContain('Withheld by the agreement');
    expect(await page.getByRole('row', { name: /Given names/ }).textContent()).toContain('José Ángel');
    expect(await page.getByText('Owning agency').textContent()).toContain('HSI');
    await web.expectAccessible(page);
  });

  it("shows a liaison their agency's audit trail, filtered, with dates in their language", async () => {
    const page = await web.newPage(spanish);
    await logIn(page, 'liaison@hsi.example');
    await page.getByTestId('nav-audit').click();
    await page.getByRole('heading', { name: 'Bitácora de HSI' }).waitFor();
    const events = page.getByTestId('audit-event');
    await events.first().waitFor();
    await web.expectAccessible(page);

    // their own log-in of a moment ago, today, with a Spanish date
    const filters = page.getByRole('form', { name: 'Filtros' });
    await filters.getByLabel('Acción').fill('login');
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
    await filters.getByLabel('Desde (día)').fill(today);
    await filters.getByLabel('Hasta (día, incluido)').fill(today);
    await filters.getByLabel('Resultado').selectOption('SUCCESS');
    await filters.getByRole('button', { name: 'Filtrar' }).click();
    // until no other action is listed
    await events
      .filter({ hasNot: page.locator('code', { hasText: /^LOGIN$/ }) })
      .first()
      .waitFor({ state: 'detached' });
    const first = events.first();
    expect(await first.textContent()).toContain('Realizada');
    expect(await first.getByRole('cell').first().textContent()).toMatch(
      /^\d{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic) \d{4}, \d{1,2}:\d{2}/,
    );
    expect(await first.textContent()).toContain('HSI');
    await web.expectAccessible(page);

    // a log-in concerns no record: none of a case
    await filters.getByLabel('Tipo de registro').selectOption('CASE');
    await filters.getByRole('button', { name: 'Filtrar' }).click();
    await page.getByText('Sin movimientos.').waitFor();
    await filters.getByRole('button', { name: 'Quitar filtros' }).click();
    await events.first().waitFor();

    // an intake officer has no audit page
    const intake = await web.newPage(spanish);
    await logIn(intake, 'intake@usbp.example');
    expect(await intake.getByTestId('nav-audit').count()).toBe(0);
  });

  it('lets an agency admin create an API key, shown once', async () => {
    const page = await web.newPage(english);
    await logIn(page, 'admin@usbp.example');
    await page.getByRole('link', { name: 'API keys' }).click();
    await page.getByLabel('Name').fill('Sincronización de órdenes');
    await page.getByRole('button', { name: 'Create key' }).click();
    await page.getByText("Copy the key now; it won't be shown again:").waitFor();
    await page.getByRole('cell', { name: 'Sincronización de órdenes' }).waitFor();
    await web.expectAccessible(page);
  });

  it('lets an admin invite a person, who accepts the invitation, logs in and hears of a request in the header', async () => {
    const admin = await web.newPage(english);
    await logIn(admin, 'admin@hsi.example');
    await admin.getByTestId('nav-users').click();
    await admin.getByTestId('invite-email').fill('nueva.enlace@hsi.example');
    await admin.getByTestId('invite-name').fill('Nueva Enlace');
    await admin.getByTestId('invite-role-LIAISON_OFFICER').check();
    await admin.getByTestId('invite-submit').click();
    const token = (await admin.getByTestId('invitation-token-shown').textContent())!.trim();
    expect(token).toMatch(/^fri_/);
    await admin.getByRole('cell', { name: /nueva\.enlace@hsi\.example/ }).waitFor();
    await web.expectAccessible(admin);

    const person = await web.newPage(spanish);
    await person.goto(`${web.app.url}/console`);
    await person.getByTestId('invitation-toggle').click();
    await person.getByTestId('invitation-token').fill(token);
    await person.getByTestId('login-password').fill('password1234');
    await person.getByTestId('login-submit').click();
    await person.getByRole('alert').getByText('Elija otra contraseña').waitFor();
    await person.getByTestId('login-password').fill('violeta-canon-libro-47');
    await person.getByTestId('login-submit').click();
    await person.locator('header nav').first().waitFor();
    await person.getByText('Nueva Enlace · HSI').first().waitFor();
    await web.expectAccessible(person);

    // a partner's request reaches the new liaison officer's header at once (notificationAdded)
    const [hsiAnalyst, fgrAnalyst] = await Promise.all(
      ['analyst@hsi.example', 'analyst@fgr.example'].map((email) => web.app.as(email)),
    );
    const { createSuspect } = data(
      await hsiAnalyst.gql<{ createSuspect: { id: string } }>(
        'mutation { createSuspect(input: { givenNames: "Evaristo", paternalSurname: "Llamas", handling: { tlp: AMBER, releasableTo: [US, MX] } }) { id } }',
      ),
    );
    data(
      await fgrAnalyst.gql(
        `mutation { requestShare(recordType: SUSPECT, recordId: "${createSuspect.id}", purpose: "Carpeta FED/CHIH/JUA/0001111/2026") { id } }`,
      ),
    );
    await person.locator('details.notifications summary').click();
    await person.getByText('FGR asks for one of your suspect records', { exact: false }).waitFor();
  });
});
