import { pdfText as textOf } from '../../../../test/support/pdf-text';
import type { Sex } from '@app/cases';
import { PosterContent, posterPdf } from './poster-document';

const CONTENT: PosterContent = {
  rank: 4,
  displayName: 'Próspero Zúñiga Beltrán',
  aliases: ['El Viejo', 'Don Próspero'],
  crimesEs: ['Narcotráfico', 'Extorsión'],
  crimesEn: ['Drug trafficking', 'Extortion'],
  summaryEs: 'Coordina el cruce de droga por el corredor Anapra – Santa Teresa. ¿Lo ha visto? ¡Llame!',
  summaryEn: 'Runs drug crossings through the Anapra – Santa Teresa corridor.',
  photoUrl: null,
  photo: null,
  sex: 'MALE' as Sex,
  descriptionEs: ['Edad: alrededor de 58 años', 'Estatura: 1.68 m'],
  descriptionEn: ['Age: about 58', 'Height: 1.68 m (5 ft 6 in)'],
  armedAndDangerous: false,
  captured: false,
  hotlinePhone: '+1 915 555 0100',
  whatsappPhone: '+52 656 555 0190',
  tipFormUrl: 'https://sebusca.frontera.example/se-busca-demo?entrada=4',
  titleEs: 'Se Busca: corredor Anapra – Santa Teresa',
  titleEn: 'Wanted: Anapra – Santa Teresa corridor',
  region: 'Ciudad Juárez, Chihuahua – El Paso, Texas',
  ownerAgencyCode: 'USBP',
};

describe('posterPdf', () => {
  it('is one bilingual page with every public field, accents intact', async () => {
    const pdf = await posterPdf(CONTENT);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, pages } = await textOf(pdf);
    expect(pages).toBe(1);
    for (const expected of [
      'SE BUSCA',
      'WANTED',
      'No. 4',
      'Próspero Zúñiga Beltrán',
      '«El Viejo», «Don Próspero»',
      'DELITOS',
      '• Narcotráfico',
      '• Extorsión',
      'CRIMES',
      '• Drug trafficking',
      CONTENT.summaryEs,
      CONTENT.summaryEn,
      '+1 915 555 0100',
      'WhatsApp +52 656 555 0190',
      'Se Busca: corredor Anapra – Santa Teresa',
      'USBP',
      '¿Lo ha visto? Llame o envíe un WhatsApp:',
      'Have you seen him?',
      'Su identidad es confidencial.',
      'SEÑAS Edad: alrededor de 58 años Estatura: 1.68 m RESUMEN',
      'DESCRIPTION Age: about 58 Height: 1.68 m (5 ft 6 in) SUMMARY',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('cuts what does not fit instead of spilling onto a second page', async () => {
    const long = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(40);
    const { pages } = await textOf(
      await posterPdf({
        ...CONTENT,
        displayName: 'Nombre Muy Largo '.repeat(12),
        summaryEs: long,
        summaryEn: long,
        aliases: Array(6).fill('Un alias larguísimo de sesenta caracteres para probar el corte'),
      }),
    );
    expect(pages).toBe(1);
  });

  it('tells where to see a photo rather than fetching it', async () => {
    const { text } = await textOf(await posterPdf({ ...CONTENT, photoUrl: 'https://photos.example.org/4.jpg' }));
    expect(text).toContain('Fotografía en línea');
    expect(text).toContain('https://photos.example.org/4.jpg');
  });

  it('speaks of a woman as Spanish does', async () => {
    const { text } = await textOf(
      await posterPdf({ ...CONTENT, sex: 'FEMALE' as Sex, armedAndDangerous: true, captured: true }),
    );
    expect(text).toContain('¿La ha visto? Llame o envíe un WhatsApp:');
    expect(text).toContain('Have you seen her?');
    expect(text).toContain('ARMADA Y PELIGROSA · ARMED AND DANGEROUS');
    expect(text).toContain('No intente detenerla: llame de inmediato.');
    expect(text).toContain('CAPTURADA');
    expect(text).not.toContain('¿Lo ha visto? Llame');
  });

  it('puts an armed and dangerous band and the captured band where they are set, and only there', async () => {
    const plain = (await textOf(await posterPdf(CONTENT))).text;
    expect(plain).not.toContain('PELIGROSO');
    expect(plain).not.toContain('CAPTURADO');
    const marked = (await textOf(await posterPdf({ ...CONTENT, armedAndDangerous: true, captured: true }))).text;
    expect(marked).toContain('ARMADO Y PELIGROSO · ARMED AND DANGEROUS');
    expect(marked).toContain('No intente detenerlo: llame de inmediato. · Do not attempt to apprehend. Call at once.');
    expect(marked).toContain('CAPTURADO');
    expect(marked).toContain('CAPTURED');
    // someone whose sex the editors did not give is spoken of without a pronoun
    expect((await textOf(await posterPdf({ ...CONTENT, sex: null }))).text).toContain('¿Ha visto a esta persona?');
  });

  it('prints an uploaded photo', async () => {
    const sharp = require('sharp') as typeof import('sharp');
    const photo = await sharp({ create: { width: 60, height: 80, channels: 3, background: '#336699' } })
      .jpeg()
      .toBuffer();
    const withPhoto = await posterPdf({ ...CONTENT, photo });
    const { text } = await textOf(withPhoto);
    expect(text).not.toContain('Sin fotografía');
    expect(withPhoto.includes(Buffer.from('/Subtype /Image'))).toBe(true);
  });
});
