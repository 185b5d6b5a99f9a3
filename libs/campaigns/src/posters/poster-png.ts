import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// pdf.js draws the PDF's built-in Helvetica with the standard fonts it ships (Liberation Sans).
const STANDARD_FONTS = `${join(dirname(createRequire(require.resolve('pdf-parse')).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

/**
 * The poster's first page as a PNG: pdf.js (through pdf-parse) renders the PDF itself onto a
 * prebuilt skia canvas (@napi-rs/canvas), so the preview is exactly what prints.
 */
export async function posterPng(pdf: Buffer, width = 918): Promise<Buffer> {
  // Loaded on the first preview, not at start: pdf.js is large (~25 MB). A plain require
  // (cached after the first): jest's module loader runs no dynamic import().
  const { PDFParse } = require('pdf-parse') as typeof import('pdf-parse');
  // a copy: pdf.js takes over the bytes it is given, and the PDF may be cached
  const parser = new PDFParse({ data: new Uint8Array(pdf), standardFontDataUrl: STANDARD_FONTS, verbosity: 0 });
  try {
    const screenshot = await parser.getScreenshot({
      first: 1,
      desiredWidth: width,
      imageDataUrl: false,
      imageBuffer: true,
    });
    return Buffer.from(screenshot.pages[0].data);
  } finally {
    await parser.destroy();
  }
}
