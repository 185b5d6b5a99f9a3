// a plain require: jest's module loader runs sharp's native binding as node does
const sharp = require('sharp') as typeof import('sharp');
import { pdfText } from './support/pdf-text';
import { errorCode, ok } from './support/sharing';
import { GraphQLClient, startApp, TestApp } from './support/test-app';
import { DEMO_IDS } from './support/demo';

const CAMPAIGN_ID = DEMO_IDS.campaigns.usbpSeBusca;
const ENTRIES = DEMO_IDS.campaignEntries;
const PUBLIC = `query ($language: String) { publicCampaign(slug: "se-busca-demo", language: $language) {
  entries { rank displayName photoUrl sex description armedAndDangerous warning captured } } }`;
const UPDATE_ENTRY = `mutation ($id: ID!, $input: UpdateWantedEntryInput!) { updateCampaignEntry(id: $id, input: $input) { id rank sex approximateAge yearOfBirth heightCm build armedAndDangerous } }`;

interface PublicEntry {
  rank: number;
  photoUrl: string | null;
  sex: string | null;
  description: string[];
  armedAndDangerous: boolean;
  warning: string | null;
  captured: boolean;
}

/** Wanted entries as the public meets them: photos, descriptions, bands, capture. */
describe('wanted entries', () => {
  let app: TestApp;
  let liaison: GraphQLClient;
  let analyst: GraphQLClient;
  let hsiLiaison: GraphQLClient;

  const put = (
    client: GraphQLClient | null,
    rank: number,
    body: Buffer,
    type = 'image/jpeg',
    campaignId: string = CAMPAIGN_ID,
  ) =>
    fetch(`${app.url}/campaigns/${campaignId}/entries/${rank}/photo`, {
      method: 'PUT',
      headers: { 'content-type': type, ...(client?.token ? { authorization: `Bearer ${client.token}` } : {}) },
      body: new Uint8Array(body),
    });
  const publicEntries = async (language = 'es'): Promise<PublicEntry[]> =>
    ok(await app.anonymous.gql(PUBLIC, { language }), 'publicCampaign').entries;
  const entry = async (rank: number, language = 'es') =>
    (await publicEntries(language)).find((candidate) => candidate.rank === rank)!;
  const poster = async (rank: number) => {
    const response = await fetch(`${app.url}/posters/se-busca-demo/${rank}.pdf`);
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };

  beforeAll(async () => {
    app = await startApp();
    [liaison, analyst, hsiLiaison] = await Promise.all(
      ['liaison@usbp.example', 'analyst@usbp.example', 'liaison@hsi.example'].map((email) => app.as(email)),
    );
  });
  afterAll(() => app?.stop());

  describe('photos', () => {
    it('takes a PNG and a JPEG, re-encoded without their metadata, and serves them publicly', async () => {
      const png = await sharp({
        create: { width: 300, height: 400, channels: 4, background: { r: 40, g: 60, b: 90, alpha: 1 } },
      })
        .png()
        .toBuffer();
      const pngResponse = await put(liaison, 1, png, 'image/png');
      expect(pngResponse.status).toBe(200);
      expect(((await pngResponse.json()) as { photoUrl: string }).photoUrl).toMatch(
        /^\/photos\/se-busca-demo\/1\.jpg\?v=/,
      );

      // (no parentheses: libvips reads them as a type annotation of the EXIF string)
      const secret = 'Casa de seguridad calle Poleo 41, GPS 31.78N 106.56W';
      const jpeg = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#996633' } })
        .jpeg()
        .withExif({ IFD0: { ImageDescription: secret, Artist: 'Agente USBP 4471' } })
        .toBuffer();
      expect(jpeg.includes(Buffer.from(secret))).toBe(true);
      expect((await sharp(jpeg).metadata()).exif).toBeDefined();
      // the declared type is not believed either way: this JPEG says it is a PNG
      const jpegResponse = await put(liaison, 3, jpeg, 'image/png');
      expect(jpegResponse.status).toBe(200);

      const three = await entry(3);
      expect(three.photoUrl).toMatch(/^\/photos\/se-busca-demo\/3\.jpg\?v=/);
      const served = await fetch(`${app.url}${three.photoUrl}`);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('image/jpeg');
      const bytes = Buffer.from(await served.arrayBuffer());
      expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
      expect(bytes.includes(Buffer.from(secret))).toBe(false);
      expect(bytes.includes(Buffer.from('Agente USBP'))).toBe(false);
      expect(bytes.includes(Buffer.from('Exif'))).toBe(false);
      const metadata = await sharp(bytes).metadata();
      expect(metadata).toMatchObject({ format: 'jpeg', width: 640, height: 480 });
      expect(metadata.exif).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
      // printed on the poster and its preview
      expect((await poster(3)).includes(Buffer.from('/Subtype /Image'))).toBe(true);
      const preview = await fetch(`${app.url}/posters/se-busca-demo/3.png`);
      expect(preview.status).toBe(200);
    });

    it('refuses an SVG, an HTML file, a broken image and a 6 MB file, and keeps the photo', async () => {
      const before = (await entry(3)).photoUrl;
      const svg = Buffer.from(
        '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
      );
      const html = Buffer.from('<!DOCTYPE html><html><body><img src=x onerror=alert(1)></body></html>');
      for (const [body, type] of [
        [svg, 'image/svg+xml'],
        [svg, 'image/jpeg'],
        [html, 'text/html'],
        [html, 'image/png'],
      ] as const) {
        const response = await put(liaison, 3, body, type);
        expect({ type, status: response.status }).toEqual({ type, status: 415 });
      }
      // JPEG's first bytes, then nothing an image decoder can read
      const broken = await put(
        liaison,
        3,
        Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)]),
      );
      expect(broken.status).toBe(400);
      const large = await put(
        liaison,
        3,
        Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(6 * 1024 * 1024, 1)]),
      );
      expect(large.status).toBe(413);
      expect((await entry(3)).photoUrl).toBe(before);
    });

    it("is the campaign's publishers' to upload: not other roles, not other agencies, not anonymous", async () => {
      const png = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#000000' } })
        .png()
        .toBuffer();
      // the demo campaign is published: only its agency's liaisons and admins change it
      expect((await put(analyst, 2, png)).status).toBe(403);
      const hidden = await put(hsiLiaison, 2, png);
      const unknown = await put(hsiLiaison, 2, png, 'image/png', '0195a000-0000-7000-8000-00000000ffff');
      expect(hidden.status).toBe(404);
      expect(await hidden.json()).toEqual(await unknown.json());
      expect((await put(null, 2, png)).status).toBe(401);
      expect((await put(liaison, 42, png)).status).toBe(404);
      expect((await entry(2)).photoUrl).toBeNull();
    });

    it('serves photos of public campaigns only', async () => {
      expect((await fetch(`${app.url}/photos/se-busca-demo/2.jpg`)).status).toBe(404);
      expect((await fetch(`${app.url}/photos/no-such-campaign/1.jpg`)).status).toBe(404);
    });
  });

  describe('descriptions', () => {
    it("speak of a woman as Spanish does: '¿La ha visto?'", async () => {
      const { text } = await pdfText(await poster(3));
      expect(text).toContain('¿La ha visto? Llame o envíe un WhatsApp:');
      expect(text).toContain('Have you seen her?');
      for (const line of [
        'Sexo: mujer',
        'Sex: female',
        'Estatura: 1.58 m',
        'Height: 1.58 m (5 ft 2 in)',
        'Complexión: delgada',
        'Build: slim',
      ])
        expect(text).toContain(line);
      expect(text).not.toContain('¿Lo ha visto?');
      expect((await pdfText(await poster(4))).text).toContain('¿Lo ha visto? Llame o envíe un WhatsApp:');
      expect((await entry(3)).description).toEqual([
        'Sexo: mujer',
        expect.stringMatching(/^Nacida en 2000 \(unos \d+ años\)$/),
        'Estatura: 1.58 m',
        'Complexión: delgada',
      ]);
      expect((await entry(3, 'en')).description).toEqual([
        'Sex: female',
        expect.stringMatching(/^Born in 2000 \(about \d+\)$/),
        'Height: 1.58 m (5 ft 2 in)',
        'Build: slim',
      ]);
    });

    it('put a prominent band on the armed and dangerous', async () => {
      expect(await entry(2)).toMatchObject({
        armedAndDangerous: true,
        warning: 'ARMADO Y PELIGROSO. No intente detenerlo: llame de inmediato.',
      });
      expect((await entry(2, 'en')).warning).toBe('ARMED AND DANGEROUS. Do not attempt to apprehend. Call at once.');
      expect((await pdfText(await poster(2))).text).toContain('ARMADO Y PELIGROSO · ARMED AND DANGEROUS');
      expect((await pdfText(await poster(3))).text).not.toContain('PELIGROS');
      // a woman is "armada y peligrosa"
      ok(
        await liaison.gql(UPDATE_ENTRY, { id: ENTRIES[4], input: { armedAndDangerous: true } }),
        'updateCampaignEntry',
      );
      expect((await pdfText(await poster(5))).text).toContain('ARMADA Y PELIGROSA · ARMED AND DANGEROUS');
      expect((await entry(5)).warning).toBe('ARMADA Y PELIGROSA. No intente detenerla: llame de inmediato.');
    });

    it('are changed by the editors, an age or a year of birth but not both', async () => {
      const both = await liaison.gql(UPDATE_ENTRY, { id: ENTRIES[3], input: { yearOfBirth: 1968 } });
      expect([errorCode(both), both.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', 'yearOfBirth']);
      const changed = ok(
        await liaison.gql(UPDATE_ENTRY, {
          id: ENTRIES[3],
          input: { approximateAge: null, yearOfBirth: 1968, heightCm: 169, build: 'MEDIUM' },
        }),
        'updateCampaignEntry',
      );
      expect(changed).toMatchObject({ approximateAge: null, yearOfBirth: 1968, heightCm: 169, build: 'MEDIUM' });
      expect(errorCode(await liaison.gql(UPDATE_ENTRY, { id: ENTRIES[3], input: { heightCm: 20 } }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(errorCode(await hsiLiaison.gql(UPDATE_ENTRY, { id: ENTRIES[3], input: { heightCm: 170 } }))).toBe(
        'NOT_FOUND',
      );
    });
  });

  describe('capture', () => {
    it('shows a person taken into custody as captured until the editors remove the entry', async () => {
      expect((await entry(7)).captured).toBe(false);
      ok(
        await analyst.gql(
          `mutation ($id: ID!) { updateSuspect(id: $id, input: { status: IN_CUSTODY }) { id status } }`,
          { id: DEMO_IDS.suspects.usbpAnayaQuinonez },
        ),
        'updateSuspect',
      );
      expect(await entry(7)).toMatchObject({ captured: true });
      expect((await entry(6)).captured).toBe(false);
      const { text } = await pdfText(await poster(7));
      expect(text).toContain('CAPTURADO');
      expect(text).toContain('CAPTURED');
      ok(
        await liaison.gql(`mutation ($id: ID!) { removeCampaignEntry(id: $id) { id } }`, { id: ENTRIES[6] }),
        'removeCampaignEntry',
      );
      expect((await publicEntries()).map((candidate) => candidate.rank)).not.toContain(7);
      expect((await fetch(`${app.url}/posters/se-busca-demo/7.pdf`)).status).toBe(404);
    });
  });
});
