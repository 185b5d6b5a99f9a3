import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

// pdf.js loads its worker with a dynamic import, which jest's module loader refuses: the text
// is read in a plain node process instead (as the app renders its PNG previews).
const SCRIPT = `
const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk)).on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)), verbosity: 0 });
  const result = await parser.getText();
  await parser.destroy();
  process.stdout.write(JSON.stringify({ text: result.text, pages: result.total }));
});`;

/** A PDF's text (whitespace runs folded to one space, so wrapped lines read as written) and its page count. */
export function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['-e', SCRIPT], {
      cwd: resolve(__dirname, '../..'),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`reading the PDF failed (${code}): ${Buffer.concat(err).toString()}`));
      const result = JSON.parse(Buffer.concat(out).toString()) as { text: string; pages: number };
      resolvePromise({ text: result.text.replace(/\s+/g, ' '), pages: result.pages });
    });
    child.stdin.end(pdf);
  });
}
