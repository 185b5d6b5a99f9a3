import type { QRCode } from 'qrcode';
import type { Sex } from '@app/cases';
import { ENTRY_TEXT } from '../campaigns/wanted-entry-description';

/** Everything a poster shows: only public fields, in both languages. */
export interface PosterContent {
  rank: number;
  displayName: string;
  aliases: string[];
  crimesEs: string[];
  crimesEn: string[];
  summaryEs: string;
  summaryEn: string;
  photoUrl: string | null;
  /** An uploaded photo (a JPEG without metadata), printed in the photo box. */
  photo: Buffer | null;
  sex: Sex | null;
  descriptionEs: string[];
  descriptionEn: string[];
  armedAndDangerous: boolean;
  captured: boolean;
  hotlinePhone: string;
  whatsappPhone: string | null;
  tipFormUrl: string;
  titleEs: string;
  titleEn: string;
  region: string;
  ownerAgencyCode: string;
}

// US Letter, in points; the layout is a fixed grid on it.
const PAGE = { width: 612, height: 792, margin: 36 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const RED = '#b3121b';
const INK = '#111111';
const GREY = '#555555';
const BOLD = 'Helvetica-Bold';
const REGULAR = 'Helvetica';
const FOOTER_TOP = 596;
const PHOTO_HEIGHT = 230;
const BAND_TOP = 414;
const SUMMARIES_TOP = 456;
const QR_SIZE = 142;

/**
 * A printable, bilingual Se Busca / Wanted poster as a one-page PDF (pdfkit, its built-in
 * Helvetica: no font files to ship, every Spanish letter in its encoding). The QR code is drawn
 * as vector squares, so it prints sharp at any size. Photos are never fetched: a poster shows
 * where to see one.
 */
export function posterPdf(content: PosterContent): Promise<Buffer> {
  // Loaded on the first poster, not at start: most API processes never draw one (~20 MB).
  // A plain require (cached after the first): jest's module loader runs no dynamic import().
  const PDFDocument = require('pdfkit') as typeof import('pdfkit');
  const { create: createQrCode } = require('qrcode') as typeof import('qrcode');
  const qr = createQrCode(content.tipFormUrl, { errorCorrectionLevel: 'M' });
  const doc = new PDFDocument({
    size: 'LETTER',
    // no bottom margin: text placed low on the page must not start a second one
    margins: { top: PAGE.margin, left: PAGE.margin, right: PAGE.margin, bottom: 0 },
    info: {
      Title: `SE BUSCA / WANTED: ${content.displayName}`,
      Author: content.ownerAgencyCode,
      Subject: `${content.titleEs} / ${content.titleEn}`,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  header(doc, content);
  photo(doc, content);
  identity(doc, content);
  if (content.armedAndDangerous) armedBand(doc, content);
  summaries(doc, content);
  footer(doc, content, qr);
  doc.end();
  return done;
}

type Doc = PDFKit.PDFDocument;

function header(doc: Doc, content: PosterContent): void {
  doc.rect(0, 0, PAGE.width, 148).fill(RED);
  doc
    .fillColor('#ffffff')
    .font(BOLD)
    .fontSize(74)
    .text('SE BUSCA', 0, 20, { width: PAGE.width, align: 'center', lineBreak: false });
  doc.fontSize(34).text('WANTED', 0, 100, { width: PAGE.width, align: 'center', lineBreak: false });
  doc.fillColor(GREY).font(REGULAR).fontSize(10).text(`${content.titleEs}  ·  ${content.titleEn}`, PAGE.margin, 156, {
    width: CONTENT_WIDTH,
    align: 'center',
    lineBreak: false,
    ellipsis: true,
  });
}

function photo(doc: Doc, content: PosterContent): void {
  const box = { x: PAGE.margin, y: 180, width: 190, height: PHOTO_HEIGHT };
  doc.rect(box.x, box.y, box.width, box.height).fillAndStroke('#eeeeee', '#999999');
  const inner = { width: box.width - 20 };
  if (content.photo) {
    doc.image(content.photo, box.x + 1, box.y + 1, {
      fit: [box.width - 2, box.height - 2],
      align: 'center',
      valign: 'center',
    });
  } else if (content.photoUrl) {
    doc
      .fillColor(GREY)
      .font(BOLD)
      .fontSize(10)
      .text('Fotografía en línea', box.x + 10, box.y + 80, { ...inner, align: 'center' });
    doc.font(REGULAR).text('Photograph online', { ...inner, align: 'center' });
    doc
      .fontSize(7)
      .text(content.photoUrl, box.x + 10, box.y + 120, { ...inner, align: 'center', height: 100, ellipsis: true });
  } else {
    doc
      .fillColor(GREY)
      .font(BOLD)
      .fontSize(10)
      .text('Sin fotografía', box.x + 10, box.y + 100, { ...inner, align: 'center' });
    doc.font(REGULAR).text('No photograph', { ...inner, align: 'center' });
  }
  if (content.captured) {
    // across the face: the person is no longer sought
    const top = box.y + box.height / 2 - 30;
    doc.rect(box.x, top, box.width, 60).fill(RED);
    doc
      .fillColor('#ffffff')
      .font(BOLD)
      .fontSize(26)
      .text(ENTRY_TEXT.capturedBand('es', content.sex), box.x, top + 6, {
        width: box.width,
        align: 'center',
        lineBreak: false,
      });
    doc.fontSize(15).text(ENTRY_TEXT.capturedBand('en', content.sex), box.x, top + 36, {
      width: box.width,
      align: 'center',
      lineBreak: false,
    });
  }
}

/** ARMADO Y PELIGROSO / ARMED AND DANGEROUS across the page, with what the public must not do. */
function armedBand(doc: Doc, content: PosterContent): void {
  doc.rect(0, BAND_TOP, PAGE.width, 34).fill('#ffcc00');
  doc
    .fillColor(INK)
    .font(BOLD)
    .fontSize(16)
    .text(
      `${ENTRY_TEXT.armedBand('es', content.sex)}  ·  ${ENTRY_TEXT.armedBand('en', content.sex)}`,
      0,
      BAND_TOP + 3,
      {
        width: PAGE.width,
        align: 'center',
        lineBreak: false,
      },
    );
  doc
    .font(REGULAR)
    .fontSize(9)
    .text(
      `${ENTRY_TEXT.armedAdvice('es', content.sex)}  ·  ${ENTRY_TEXT.armedAdvice('en', content.sex)}`,
      0,
      BAND_TOP + 21,
      {
        width: PAGE.width,
        align: 'center',
        lineBreak: false,
      },
    );
}

function identity(doc: Doc, content: PosterContent): void {
  const x = 246;
  const width = PAGE.width - PAGE.margin - x;
  doc.fillColor(RED).font(BOLD).fontSize(14).text(`No. ${content.rank}`, x, 180, { width });
  doc
    .fillColor(INK)
    .fontSize(26)
    .text(content.displayName, x, doc.y + 2, { width, height: 64, ellipsis: true });
  if (content.aliases.length > 0) {
    label(doc, 'ALIAS / ALSO KNOWN AS', x, doc.y + 4, width);
    doc
      .fillColor(INK)
      .font(REGULAR)
      .fontSize(13)
      .text(content.aliases.map((alias) => `«${alias}»`).join(', '), x, doc.y + 1, {
        width,
        height: 36,
        ellipsis: true,
      });
  }
  crimes(doc, 'DELITOS', content.crimesEs, x, width);
  crimes(doc, 'CRIMES', content.crimesEn, x, width);
}

function crimes(doc: Doc, title: string, items: string[], x: number, width: number): void {
  label(doc, title, x, doc.y + 8, width);
  doc.fillColor(INK).font(REGULAR).fontSize(11);
  for (const item of items) doc.text(`•  ${item}`, x, doc.y + 1, { width, lineBreak: false, ellipsis: true });
}

/** Two columns, one per language: the description (when there is one), then the summary, cut to fit. */
function summaries(doc: Doc, content: PosterContent): void {
  const top = content.armedAndDangerous ? SUMMARIES_TOP : BAND_TOP + 8;
  const width = (CONTENT_WIDTH - 20) / 2;
  const columns: [string, string[], string, string, number][] = [
    ['SEÑAS', content.descriptionEs, 'RESUMEN', content.summaryEs, PAGE.margin],
    ['DESCRIPTION', content.descriptionEn, 'SUMMARY', content.summaryEn, PAGE.margin + width + 20],
  ];
  for (const [descriptionTitle, lines, summaryTitle, text, x] of columns) {
    let y = top;
    if (lines.length > 0) {
      label(doc, descriptionTitle, x, y, width);
      doc.fillColor(INK).font(REGULAR).fontSize(9);
      for (const line of lines) doc.text(line, x, doc.y + 1, { width, lineBreak: false, ellipsis: true });
      y = doc.y + 6;
    }
    label(doc, summaryTitle, x, y, width);
    doc
      .fillColor(INK)
      .font(REGULAR)
      .fontSize(10)
      .text(text, x, doc.y + 2, { width, height: Math.max(FOOTER_TOP - 12 - doc.y, 12), ellipsis: true, lineGap: 1 });
  }
}

function footer(doc: Doc, content: PosterContent, qr: QRCode): void {
  doc.rect(0, FOOTER_TOP, PAGE.width, PAGE.height - FOOTER_TOP).fill(INK);
  const x = PAGE.margin;
  const width = PAGE.width - 2 * PAGE.margin - QR_SIZE - 20;
  doc
    .fillColor('#ffffff')
    .font(BOLD)
    .fontSize(14)
    .text(`${ENTRY_TEXT.seenQuestion('es', content.sex)} Llame o envíe un WhatsApp:`, x, FOOTER_TOP + 14, { width });
  doc
    .font(REGULAR)
    .fontSize(11)
    .text(`${ENTRY_TEXT.seenQuestion('en', content.sex)} Call or send a WhatsApp message:`, x, doc.y + 1, { width });
  doc
    .font(BOLD)
    .fontSize(26)
    .text(content.hotlinePhone, x, doc.y + 6, { width, lineBreak: false });
  if (content.whatsappPhone)
    doc.fontSize(18).text(`WhatsApp ${content.whatsappPhone}`, x, doc.y + 4, { width, lineBreak: false });
  doc
    .font(REGULAR)
    .fontSize(9)
    .text('Su identidad es confidencial. Puede denunciar de forma anónima.', x, doc.y + 10, { width });
  doc.text('Your identity is confidential. You may report anonymously.', x, doc.y + 1, { width });
  doc
    .fillColor('#bbbbbb')
    .fontSize(8)
    .text(`${content.ownerAgencyCode}  ·  ${content.region}`, x, PAGE.height - 24, {
      width,
      lineBreak: false,
      ellipsis: true,
    });
  qrCode(doc, qr, PAGE.width - PAGE.margin - QR_SIZE, FOOTER_TOP + 14);
  doc
    .fillColor('#ffffff')
    .font(REGULAR)
    .fontSize(8)
    .text(
      'Escanee para denunciar en línea / Scan to report online',
      PAGE.width - PAGE.margin - QR_SIZE - 10,
      FOOTER_TOP + QR_SIZE + 20,
      {
        width: QR_SIZE + 20,
        align: 'center',
      },
    );
}

/** The tip form's URL as a QR code on a white square with a quiet zone. */
function qrCode(doc: Doc, { modules }: QRCode, x: number, y: number): void {
  const quiet = 8;
  const cell = (QR_SIZE - 2 * quiet) / modules.size;
  doc.rect(x, y, QR_SIZE, QR_SIZE).fill('#ffffff');
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      // a hair of overlap, so neighbouring squares print without seams
      if (modules.get(row, column))
        doc.rect(x + quiet + column * cell, y + quiet + row * cell, cell + 0.05, cell + 0.05);
    }
  }
  doc.fill('#000000');
}

function label(doc: Doc, text: string, x: number, y: number, width: number): void {
  doc.fillColor(RED).font(BOLD).fontSize(9).text(text, x, y, { width, lineBreak: false });
}
