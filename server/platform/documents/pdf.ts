import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

const FONT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../assets/fonts');

let configured = false;
function configure() {
  if (configured) return;
  pdfmake.setFonts({
    NotoSerif: {
      normal: path.join(FONT_DIR, 'NotoSerif_400Regular.ttf'),
      bold: path.join(FONT_DIR, 'NotoSerif_700Bold.ttf'),
      italics: path.join(FONT_DIR, 'NotoSerif_400Regular_Italic.ttf'),
      bolditalics: path.join(FONT_DIR, 'NotoSerif_700Bold_Italic.ttf'),
    },
  });
  // Documents are built from our own data: no remote URLs, and only the committed fonts may be read.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file: string) => path.resolve(file).startsWith(FONT_DIR));
  configured = true;
}

/**
 * Renders a pdfmake document in Noto Serif (committed under assets/fonts: full Vietnamese coverage, the serif face
 * Decree 30/2020 style asks for). Text is NFC-normalised by the callers' schemas; pdfkit also positions NFD marks.
 */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  configure();
  const output = pdfmake.createPdf({ ...doc, defaultStyle: { font: 'NotoSerif', fontSize: 12, ...doc.defaultStyle } });
  return Buffer.from(await output.getBuffer());
}
