import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What a reader sees in a PDF: the text layer pdf.js extracts (glyphs mapped back through the fonts' ToUnicode), NFC, single-spaced. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false });
  const pdf = await task.promise;
  let text = '';
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ') + '\n';
  }
  await task.destroy();
  return text.normalize('NFC').replace(/\s+/g, ' ');
}
