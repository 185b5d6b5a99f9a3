import { pdfText as textOf } from '../../../../test/support/pdf-text';
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
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('cuts what does not fit instead of spilling onto a second page', async () => {
    const long = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(40);
    const { pages } = await textOf(await posterPdf({ ...CONTENT, displayName: 'Nombre Muy Largo '.repeat(12), summaryEs: long, summaryEn: long, aliases: Array(6).fill('Un alias larguísimo de sesenta caracteres para probar el corte') }));
    expect(pages).toBe(1);
  });

  it('tells where to see a photo rather than fetching it', async () => {
    const { text } = await textOf(await posterPdf({ ...CONTENT, photoUrl: 'https://photos.example.org/4.jpg' }));
    expect(text).toContain('Fotografía en línea');
    expect(text).toContain('https://photos.example.org/4.jpg');
  });
});
