import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { useBrowserApp } from './support/browser';
import { DEMO_IDS } from './support/demo';
import { httpFrom, HttpAnswer, publicClientFrom } from './support/from-address';
import { errorCode, GqlResult, sqlOn } from './support/test-app';

const SLUG = 'se-busca-demo';
const CAMPAIGN_ID = DEMO_IDS.campaigns.usbpSeBusca;
const PUBLIC_BASE_URL = 'https://sebusca.frontera.example';
const TIPS_PER_HOUR = 6;
const PAGE_BUDGET_BYTES = 60 * 1024;
const RECEIPT_CODE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;
// fictional
const CONTACT = { name: 'Rosario Quintana Valles', phone: '+52 656 555 0143', email: 'chayo.quintana@example.org' };

const TIPS = `query ($filter: TipFilter) { tips(filter: $filter, first: 100) { edges { node {
  id channel language narrative status campaignId subjects { id } tipster { anonymous name phone email } followUps { narrative } } } } }`;
const CAMPAIGN_ENTRIES = `query ($id: ID!) { campaign(id: $id) { entries { id rank suspect { id } } } }`;

interface TipNode {
  id: string;
  channel: string;
  language: string;
  narrative: string;
  status: string;
  campaignId: string;
  subjects: { id: string }[];
  tipster: { anonymous: boolean; name: string | null; phone: string | null; email: string | null };
  followUps: { narrative: string }[];
}

function data<T>(result: GqlResult<T>): T {
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}

const text = (answer: HttpAnswer) => answer.body.toString('utf8');
const receiptOf = (answer: HttpAnswer) => /data-receipt>([^<]+)</.exec(text(answer))?.[1];

describe('the public Se Busca site', () => {
  const web = useBrowserApp({
    PUBLIC_BASE_URL,
    PUBLIC_TIP_RATE_LIMIT_PER_HOUR: String(TIPS_PER_HOUR),
    PUBLIC_READ_RATE_LIMIT_PER_MINUTE: '10000',
  });
  let addresses = 10;
  /** A member of the public at an address of their own (tips are limited per address). */
  const newcomer = () => `127.0.0.${addresses++}`;
  const get = (path: string, address = '127.0.0.2') => httpFrom(address, `${web.app.url}${path}`);
  const post = (path: string, fields: Record<string, string>, address: string, headers: Record<string, string> = {}) =>
    httpFrom(address, `${web.app.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(fields).toString(),
    });
  const campaignTips = async (): Promise<TipNode[]> =>
    data<{ tips: { edges: { node: TipNode }[] } }>(
      await (await web.app.as('intake@usbp.example')).gql(TIPS, { filter: { campaignId: CAMPAIGN_ID } }),
    ).tips.edges.map((edge) => edge.node);
  const tipsWithNarrative = async (narrative: string) =>
    (await sqlOn(web.app, 'SELECT id FROM tips WHERE narrative = $1', [narrative])).length;
  const suspectAt = async (rank: number): Promise<string> => {
    const { campaign } = data<{ campaign: { entries: { rank: number; suspect: { id: string } }[] } }>(
      await (await web.app.as('analyst@usbp.example')).gql(CAMPAIGN_ENTRIES, { id: CAMPAIGN_ID }),
    );
    return campaign.entries.find((entry) => entry.rank === rank)!.suspect.id;
  };

  describe('pages', () => {
    it('shows the wanted list in Spanish by default and in English with ?lang=en, each linking to the other', async () => {
      const spanish = await get(`/se-busca/${SLUG}`);
      expect(spanish.status).toBe(200);
      expect(spanish.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(text(spanish)).toContain('<html lang="es-MX">');
      expect(text(spanish)).toContain('<h1>Se Busca: corredor Anapra – Santa Teresa</h1>');
      for (let rank = 1; rank <= 10; rank++) expect(text(spanish)).toContain(`href="/se-busca/${SLUG}/${rank}"`);
      expect(text(spanish)).toContain(`<a href="/se-busca/${SLUG}?lang=en" hreflang="en" lang="en">English</a>`);
      expect(text(spanish)).toContain('<strong>Delitos:</strong> Tráfico de personas, Secuestro');

      const english = await get(`/se-busca/${SLUG}?lang=en`);
      expect(text(english)).toContain('<html lang="en">');
      expect(text(english)).toContain('<h1>Wanted: Anapra – Santa Teresa corridor</h1>');
      for (let rank = 1; rank <= 10; rank++)
        expect(text(english)).toContain(`href="/se-busca/${SLUG}/${rank}?lang=en"`);
      expect(text(english)).toContain(`<a href="/se-busca/${SLUG}" hreflang="es-MX" lang="es-MX">Español</a>`);
      expect(text(english)).toContain('<strong>Wanted for:</strong> Human smuggling, Kidnapping');
      // any other language is Spanish
      expect(text(await get(`/se-busca/${SLUG}?lang=fr`))).toBe(text(spanish));
    });

    it('shows a person: names, aliases, crimes, summary, a warning, tap-to-call and tap-to-chat, the poster and the tip form', async () => {
      const page = text(await get(`/se-busca/${SLUG}/1`));
      for (const expected of [
        '<h1>Luis Fernando Salcido Méndez</h1>',
        '<strong>Alias:</strong> «Güicho»',
        '<strong>Delitos:</strong> Tráfico de personas, Secuestro',
        'Recluta y guía grupos de migrantes, entre ellos niños, de la colonia Anapra a Santa Teresa, Nuevo México.',
        'No se le acerque ni intente detenerlo. Si está en peligro, llame al 911.',
        '<a class="button" href="tel:+19155550100">Llamar al +1 915 555 0100</a>',
        '<a class="button" href="https://wa.me/526565550190">WhatsApp +52 656 555 0190</a>',
        `<a href="${PUBLIC_BASE_URL}/posters/${SLUG}/1.pdf">Cartel para imprimir (PDF)</a>`,
        `<form method="post" action="/se-busca/${SLUG}/1">`,
        '<textarea id="narrative" name="narrative" required maxlength="5000"',
        'name="name" autocomplete="name"',
        'name="phone" autocomplete="tel"',
        'name="email" autocomplete="email"',
        'name="language" value="es" checked',
        '<button type="submit">Enviar información</button>',
      ]) {
        expect(page).toContain(expected);
      }
      const english = text(await get(`/se-busca/${SLUG}/4?lang=en`));
      expect(english).toContain('<strong>Also known as:</strong> “El Viejo”, “Don Próspero”');
      expect(english).toContain(`<form method="post" action="/se-busca/${SLUG}/4?lang=en">`);
      expect(english).toContain('name="language" value="en" checked');
    });

    it('is light and strict: under 60 KB, no script, a content security policy that allows only its own style sheet', async () => {
      for (const path of [
        `/se-busca/${SLUG}`,
        `/se-busca/${SLUG}?lang=en`,
        `/se-busca/${SLUG}/1`,
        `/se-busca/${SLUG}/10?lang=en`,
        '/se-busca/seguimiento',
      ]) {
        const answer = await get(path);
        expect([path, answer.body.length < PAGE_BUDGET_BYTES]).toEqual([path, true]);
        expect(text(answer)).not.toMatch(/<script|javascript:|\son[a-z]+=/i);
        expect(answer.headers['content-security-policy']).toMatch(
          /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]{43}='; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'$/,
        );
        expect(answer.headers['cache-control']).toBe('public, max-age=60');
        expect(answer.headers['referrer-policy']).toBe('same-origin');
      }
    });

    it('gives away no internal id, marking or field of the suspects’ records', async () => {
      const internalIds = [
        ...Object.values(DEMO_IDS.suspects),
        CAMPAIGN_ID,
        ...DEMO_IDS.campaignEntries,
        ...Object.values(DEMO_IDS.agencies),
      ];
      const secrets = [
        'AMBER',
        'GREEN',
        'TLP',
        'releasableTo',
        'A219870334',
        'SAML950211HCHLNS08',
        '1995-02-11',
        'A220145786',
        '2000-07-19',
        'suspect',
      ];
      for (const language of ['', '?lang=en']) {
        for (const path of [
          `/se-busca/${SLUG}`,
          ...Array.from({ length: 10 }, (_, index) => `/se-busca/${SLUG}/${index + 1}`),
        ]) {
          const page = text(await get(`${path}${language}`));
          for (const id of internalIds) expect([path, page.includes(id)]).toEqual([path, false]);
          for (const secret of secrets) expect([path, secret, page.includes(secret)]).toEqual([path, secret, false]);
        }
      }
    });

    it('answers alike, 404, for unknown, draft, not yet active and closed campaigns and for ranks they do not have', async () => {
      const [analyst, liaison] = await Promise.all([
        web.app.as('analyst@usbp.example'),
        web.app.as('liaison@usbp.example'),
      ]);
      const today = new Date().toISOString().slice(0, 10);
      const inThreeDays = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
      const create = async (slug: string, activeFrom: string) => {
        const created = data<{ createCampaign: { id: string } }>(
          await analyst.gql('mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }', {
            input: {
              slug,
              titleEs: 'Se Busca: prueba',
              titleEn: 'Wanted: test',
              summaryEs: 'Resumen.',
              summaryEn: 'Summary.',
              region: 'Ciudad Juárez',
              hotlinePhone: '+1 915 555 0111',
              activeFrom,
            },
          }),
        ).createCampaign;
        data(
          await analyst.gql(
            'mutation ($id: ID!, $input: WantedEntryInput!) { addCampaignEntry(campaignId: $id, input: $input) { id } }',
            {
              id: created.id,
              input: {
                rank: 1,
                suspectId: DEMO_IDS.suspects.usbpSalcidoMendez,
                displayName: 'Persona Uno',
                aliases: [],
                crimesEs: ['Tráfico de personas'],
                crimesEn: ['Human smuggling'],
                summaryEs: 'Resumen.',
                summaryEn: 'Summary.',
              },
            },
          ),
        );
        return created.id;
      };
      await create('sitio-borrador', today);
      const future = await create('sitio-futura', inThreeDays);
      const closed = await create('sitio-cerrada', today);
      for (const id of [future, closed])
        data(await liaison.gql('mutation ($id: ID!) { publishCampaign(id: $id) { id } }', { id }));
      data(await liaison.gql('mutation ($id: ID!) { closeCampaign(id: $id) { id } }', { id: closed }));

      const unknown = await get('/se-busca/no-existe');
      expect(unknown.status).toBe(404);
      expect(text(unknown)).toContain('<h1>No encontramos esta página</h1>');
      expect(unknown.headers['cache-control']).toBe('no-store');
      for (const path of [
        '/se-busca/sitio-borrador',
        '/se-busca/sitio-borrador/1',
        '/se-busca/sitio-futura/1',
        '/se-busca/sitio-cerrada',
        `/se-busca/${SLUG}/11`,
        `/se-busca/${SLUG}/0`,
        `/se-busca/${SLUG}/01`,
        `/se-busca/${SLUG}/uno`,
        `/se-busca/${SLUG}/1000`,
        `/se-busca/${'x'.repeat(500)}`,
      ]) {
        const answer = await get(path);
        expect([path, answer.status, text(answer)]).toEqual([path, 404, text(unknown)]);
      }
      expect(text(await get('/se-busca/no-existe?lang=en'))).toContain("<h1>We couldn't find this page</h1>");
      // a tip for a campaign that is not public goes nowhere
      const narrative = 'Prueba para una campaña que no es pública.';
      expect((await post('/se-busca/sitio-borrador/1', { narrative, language: 'es' }, newcomer())).status).toBe(404);
      expect(await tipsWithNarrative(narrative)).toBe(0);
    });

    it('keeps "seguimiento", the follow-up page, from being taken as a campaign slug', async () => {
      const result = await (
        await web.app.as('analyst@usbp.example')
      ).gql('mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }', {
        input: {
          slug: 'seguimiento',
          titleEs: 'x',
          titleEn: 'x',
          summaryEs: 'x',
          summaryEn: 'x',
          region: 'x',
          hotlinePhone: '+1 915 555 0111',
          activeFrom: '2026-01-01',
        },
      });
      expect([errorCode(result), result.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', 'slug']);
    });

    it('shows an entry’s photo, and its policy allows images from that photo’s host alone', async () => {
      const liaison = await web.app.as('liaison@usbp.example');
      const setPhoto = (photoUrl: string | null) =>
        liaison.gql(
          'mutation ($id: ID!, $input: UpdateWantedEntryInput!) { updateCampaignEntry(id: $id, input: $input) { id } }',
          { id: DEMO_IDS.campaignEntries[1], input: { photoUrl } },
        );
      data(await setPhoto('https://fotos.example.org/campana/meraz.jpg'));
      try {
        const list = await get(`/se-busca/${SLUG}`);
        expect(text(list)).toContain(
          '<img class="photo" src="https://fotos.example.org/campana/meraz.jpg" alt="Foto de Fabián Ulises Meraz Ibarra" loading="lazy" decoding="async">',
        );
        expect(list.headers['content-security-policy']).toContain("img-src 'self' data: https://fotos.example.org;");
        const entry = await get(`/se-busca/${SLUG}/2?lang=en`);
        expect(text(entry)).toContain(
          '<img class="portrait" src="https://fotos.example.org/campana/meraz.jpg" alt="Photo of Fabián Ulises Meraz Ibarra"',
        );
        expect(entry.headers['content-security-policy']).toContain("img-src 'self' data: https://fotos.example.org;");
        expect((await get(`/se-busca/${SLUG}/1`)).headers['content-security-policy']).toContain(
          "img-src 'self' data:;",
        );
      } finally {
        data(await setPhoto(null));
      }
    });

    it('has the posters’ QR codes open the entry’s page when TIP_FORM_URL is not set', async () => {
      const answer = await get(`/posters/${SLUG}/3.png`);
      const png = PNG.sync.read(answer.body);
      const qr = jsQR(
        new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length),
        png.width,
        png.height,
      );
      expect(qr?.data).toBe(`${PUBLIC_BASE_URL}/se-busca/${SLUG}/3`);
    });
  });

  describe('the tip form', () => {
    it('files a tip about the person of the page for the campaign’s intake, and answers its receipt code once', async () => {
      const narrative = 'I saw him at the Anapra bus stop this morning, wearing a red cap.';
      const answer = await post(
        `/se-busca/${SLUG}/4?lang=en`,
        { narrative: `  ${narrative}  `, language: 'en', ...CONTACT, website: '' },
        newcomer(),
      );
      expect(answer.status).toBe(200);
      expect(answer.headers['cache-control']).toBe('no-store');
      expect(text(answer)).toContain('<html lang="en">');
      expect(text(answer)).toContain('<h1>We got your tip</h1>');
      const code = receiptOf(answer);
      expect(code).toMatch(RECEIPT_CODE);
      // a receipt page has no language switch: following it would lose the code
      expect(text(answer)).not.toContain('hreflang');
      const tip = (await campaignTips()).find((node) => node.narrative === narrative);
      expect(tip).toMatchObject({
        channel: 'WEB',
        language: 'en',
        status: 'NEW',
        campaignId: CAMPAIGN_ID,
        subjects: [{ id: await suspectAt(4) }],
        tipster: { anonymous: false, ...CONTACT },
      });
      expect(
        await publicClientFrom(web.app.url, newcomer())(
          'query ($code: String!) { publicTipStatus(receiptCode: $code) { received } }',
          { code },
        ),
      ).toEqual({
        data: { publicTipStatus: { received: true } },
      });
      // the contact never reaches the logs
      const output = web.app.output.join('');
      for (const value of Object.values(CONTACT)) expect(output).not.toContain(value);
    });

    it('takes a tip about anyone from the list page, anonymous when no contact is given', async () => {
      const narrative = 'Hay una casa de seguridad en la calle Rancho Anapra, cerca de la escuela.';
      const answer = await post(
        `/se-busca/${SLUG}`,
        { narrative, language: 'es', name: '', phone: ' ', email: '' },
        newcomer(),
      );
      expect(answer.status).toBe(200);
      expect(text(answer)).toContain('<h1>Recibimos su información</h1>');
      expect(receiptOf(answer)).toMatch(RECEIPT_CODE);
      expect((await campaignTips()).find((node) => node.narrative === narrative)).toMatchObject({
        language: 'es',
        subjects: [],
        tipster: { anonymous: true, name: null, phone: null, email: null },
      });
    });

    it('asks again, keeping what was typed (escaped), when a field needs another look; nothing is filed', async () => {
      const narrative = '<script>alert("hola")</script> La vi en la gasolinera.';
      const answer = await post(
        `/se-busca/${SLUG}/3`,
        { narrative, language: 'es', email: 'no-es-un-correo' },
        newcomer(),
      );
      expect(answer.status).toBe(400);
      const page = text(answer);
      expect(page).not.toContain('<script>');
      expect(page).toContain('&lt;script&gt;alert(&quot;hola&quot;)&lt;/script&gt; La vi en la gasolinera.</textarea>');
      expect(page).toContain('value="no-es-un-correo" aria-describedby="email-problem" aria-invalid="true"');
      expect(page).toContain('Escriba un correo válido, como nombre@ejemplo.com, o deje el campo vacío.');
      expect(await tipsWithNarrative(narrative)).toBe(0);

      const empty = await post(`/se-busca/${SLUG}/3?lang=en`, { narrative: '   ', language: 'en' }, newcomer());
      expect(empty.status).toBe(400);
      expect(text(empty)).toContain(
        '<p class="problem" id="narrative-problem">Tell us what you know: 1 to 5,000 characters.</p>',
      );
      const noLanguage = await post(`/se-busca/${SLUG}/3`, { narrative: 'Sin idioma.' }, newcomer());
      expect([noLanguage.status, text(noLanguage).includes('Elija el idioma en que escribe.')]).toEqual([400, true]);
      const tooLong = await post(`/se-busca/${SLUG}/3`, { narrative: 'x'.repeat(5001), language: 'es' }, newcomer());
      expect(tooLong.status).toBe(400);
    });

    it('files nothing when the field that only bots see is filled in', async () => {
      const narrative = 'Cheap watches and more at our site.';
      const answer = await post(
        `/se-busca/${SLUG}/5`,
        { narrative, language: 'en', website: 'https://spam.example' },
        newcomer(),
      );
      expect(answer.status).toBe(400);
      expect(text(answer)).toContain('No pudimos enviar el formulario. Revíselo y envíelo otra vez.');
      expect(await tipsWithNarrative(narrative)).toBe(0);
    });

    it('refuses posts another site made the browser send, and takes those of its own pages', async () => {
      const narrative = 'Enviado desde otro sitio.';
      for (const headers of <Record<string, string>[]>[
        { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
        { 'sec-fetch-site': 'same-site' },
        { origin: 'https://evil.example' },
        { origin: 'null' },
      ]) {
        const answer = await post(`/se-busca/${SLUG}/1`, { narrative, language: 'es' }, newcomer(), headers);
        expect([headers, answer.status]).toEqual([headers, 403]);
        expect(text(answer)).toContain('<h1>No pudimos aceptar este envío</h1>');
      }
      expect(
        (
          await post('/se-busca/seguimiento', { receiptCode: '7KQ4-M2XD-9TBR-C5HW', narrative }, newcomer(), {
            'sec-fetch-site': 'cross-site',
          })
        ).status,
      ).toBe(403);
      expect(await tipsWithNarrative(narrative)).toBe(0);
      // its own pages: by the browser's word, by Origin (this host or PUBLIC_BASE_URL)
      const host = new URL(web.app.url).host;
      for (const headers of <Record<string, string>[]>[
        { 'sec-fetch-site': 'same-origin', origin: web.app.url },
        { origin: `http://${host}` },
        { origin: PUBLIC_BASE_URL },
      ]) {
        const answer = await post(
          `/se-busca/${SLUG}/1`,
          { narrative: `Desde el sitio: ${JSON.stringify(headers)}`, language: 'es' },
          newcomer(),
          headers,
        );
        expect([headers, answer.status]).toEqual([headers, 200]);
      }
    });

    it('counts against the public tip limit per address, together with submitPublicTip', async () => {
      const address = newcomer();
      const graphql = publicClientFrom(web.app.url, address);
      data(
        await graphql('mutation ($input: PublicTipInput!) { submitPublicTip(input: $input) { receiptCode } }', {
          input: { campaignSlug: SLUG, language: 'es', narrative: 'Por GraphQL.' },
        }),
      );
      for (let tip = 2; tip <= TIPS_PER_HOUR; tip++) {
        expect(
          (
            await post(
              `/se-busca/${SLUG}/2`,
              { narrative: `Reporte ${tip} desde la misma conexión.`, language: 'es' },
              address,
            )
          ).status,
        ).toBe(200);
      }
      const refused = await post(
        `/se-busca/${SLUG}/2?lang=en`,
        { narrative: 'One too many.', language: 'en' },
        address,
      );
      expect(refused.status).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(text(refused)).toContain('<h1>Please wait a moment</h1>');
      expect((await post('/se-busca/seguimiento', { receiptCode: '7KQ4-M2XD-9TBR-C5HW' }, address)).status).toBe(429);
      expect(await tipsWithNarrative('One too many.')).toBe(0);
      // the pages themselves stay open
      expect((await get(`/se-busca/${SLUG}`, address)).status).toBe(200);
    });

    it('answers a body too large with a page', async () => {
      const answer = await post(`/se-busca/${SLUG}/1`, { narrative: 'ñ'.repeat(20_000), language: 'es' }, newcomer());
      expect(answer.status).toBe(413);
      expect(text(answer)).toContain('<h1>No pudimos leer el formulario</h1>');
    });
  });

  describe('follow-up', () => {
    let code: string;
    const narrative = 'Vi a El Cuervo entrar a un taller mecánico en la avenida Tecnológico.';

    beforeAll(async () => {
      code = receiptOf(await post(`/se-busca/${SLUG}/2`, { narrative, language: 'es' }, newcomer()))!;
    });

    it('says whether the tip was received, and nothing more, for a code alone', async () => {
      const answer = await post(
        '/se-busca/seguimiento',
        { receiptCode: code.toLowerCase().replace(/-/g, ' ') },
        newcomer(),
      );
      expect(answer.status).toBe(200);
      expect(text(answer)).toContain(
        '<div class="notice ok" role="status"><p>Su reporte sí nos llegó. Gracias.</p></div>',
      );
      // a code that could be one but is not, and a typo of a real one, answer alike
      const unknown = text(await post('/se-busca/seguimiento', { receiptCode: '0000-0000-0000-0000' }, newcomer()));
      const typo = text(
        await post(
          '/se-busca/seguimiento',
          { receiptCode: `${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}` },
          newcomer(),
        ),
      );
      expect(unknown).toContain('No encontramos ningún reporte con ese código.');
      expect(typo.replace(/value="[^"]*"/, '')).toBe(unknown.replace(/value="[^"]*"/, ''));
    });

    it('adds more information to the tip, anonymously', async () => {
      const answer = await post(
        '/se-busca/seguimiento?lang=en',
        { receiptCode: code, narrative: '  El taller tiene una lona azul.  ' },
        newcomer(),
      );
      expect(text(answer)).toContain('Your tip reached us, and we added your new information. Thank you.');
      expect((await campaignTips()).find((node) => node.narrative === narrative)?.followUps).toEqual([
        { narrative: 'El taller tiene una lona azul.' },
      ]);
      const unknown = await post(
        '/se-busca/seguimiento?lang=en',
        { receiptCode: '0000-0000-0000-0000', narrative: 'Nada.' },
        newcomer(),
      );
      expect(text(unknown)).toContain("We couldn't find a tip with that code.");
    });

    it('asks for a receipt code that can be one', async () => {
      const answer = await post('/se-busca/seguimiento', { receiptCode: 'ABC', narrative: 'x' }, newcomer());
      expect(answer.status).toBe(400);
      expect(text(answer)).toContain('Escriba su código de recibo de 16 caracteres.');
    });
  });

  describe('in a browser, with JavaScript disabled, on a phone', () => {
    const phone = {
      javaScriptEnabled: false,
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    };

    it('takes a member of the public from the list, in either language, to a receipt and a follow-up, and the tip reaches USBP intake', async () => {
      const page = await web.newPage(phone);
      await page.goto(`${web.app.url}/se-busca/${SLUG}`);
      expect(await page.getAttribute('html', 'lang')).toBe('es-MX');
      expect(await page.locator('h1').textContent()).toBe('Se Busca: corredor Anapra – Santa Teresa');
      expect(await page.locator('ol.entries > li').count()).toBe(10);
      await web.expectAccessible(page);

      await page.getByRole('link', { name: 'English' }).click();
      expect(page.url()).toBe(`${web.app.url}/se-busca/${SLUG}?lang=en`);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.locator('h1').textContent()).toBe('Wanted: Anapra – Santa Teresa corridor');
      await web.expectAccessible(page);

      await page.getByRole('link', { name: 'Karla Yazmín Peña Ortiz' }).click();
      expect(page.url()).toBe(`${web.app.url}/se-busca/${SLUG}/3?lang=en`);
      expect(await page.getByRole('link', { name: 'Call +1 915 555 0100' }).getAttribute('href')).toBe(
        'tel:+19155550100',
      );
      expect(await page.getByRole('link', { name: 'WhatsApp +52 656 555 0190' }).getAttribute('href')).toBe(
        'https://wa.me/526565550190',
      );
      expect(await page.getByRole('link', { name: 'Printable poster (PDF)' }).getAttribute('href')).toBe(
        `${PUBLIC_BASE_URL}/posters/${SLUG}/3.pdf`,
      );
      await web.expectAccessible(page);

      const narrative = 'La Flaca cobra en una tienda de la colonia Anapra, los martes por la tarde.';
      await page.getByLabel('What do you know? Tell us what you saw, where and when.').fill(narrative);
      await page.getByLabel('Phone').fill(CONTACT.phone);
      await page.getByLabel('Español').check();
      await page.getByRole('button', { name: 'Send tip' }).click();
      expect(await page.locator('h1').textContent()).toBe('We got your tip');
      const code = (await page.locator('[data-receipt]').textContent())!;
      expect(code).toMatch(RECEIPT_CODE);
      await web.expectAccessible(page);

      await page.getByRole('link', { name: 'Add information to your tip' }).click();
      expect(page.url()).toBe(`${web.app.url}/se-busca/seguimiento?lang=en`);
      await web.expectAccessible(page);
      await page.getByLabel('Receipt code').fill(code);
      await page.getByLabel('New information (optional)').fill('Usa una camioneta gris sin placas.');
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      expect(await page.getByRole('status').textContent()).toBe(
        'Your tip reached us, and we added your new information. Thank you.',
      );
      await web.expectAccessible(page);

      await page.getByLabel('Receipt code').fill('7KQ4-M2XD-9TBR-C5HW');
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      expect(await page.getByRole('status').textContent()).toBe(
        "We couldn't find a tip with that code. Check that it's typed correctly and try again.",
      );

      const tip = (await campaignTips()).find((node) => node.narrative === narrative);
      expect(tip).toMatchObject({
        channel: 'WEB',
        language: 'es',
        status: 'NEW',
        subjects: [{ id: await suspectAt(3) }],
        tipster: { anonymous: false, name: null, phone: CONTACT.phone, email: null },
        followUps: [{ narrative: 'Usa una camioneta gris sin placas.' }],
      });
    });

    it('shows a form with a problem, a refusal and a missing page accessibly', async () => {
      const page = await web.newPage(phone);
      await page.goto(`${web.app.url}/se-busca/${SLUG}/6`);
      await page.getByLabel('¿Qué sabe? Cuéntenos qué vio, dónde y cuándo.').fill('Lo vi en el puente.');
      await page.getByLabel('Correo electrónico').fill('correo@ejemplo');
      await page.getByRole('button', { name: 'Enviar información' }).click();
      expect(await page.getByRole('alert').textContent()).toContain('Escriba un correo válido');
      expect(await page.getByLabel('Correo electrónico').getAttribute('aria-invalid')).toBe('true');
      await web.expectAccessible(page);

      const response = await page.goto(`${web.app.url}/se-busca/no-existe?lang=en`);
      expect(response?.status()).toBe(404);
      await web.expectAccessible(page);
    });
  });
});
