/** File types the system accepts, recognised from their content (never from the name or the browser's claim). */
export type SniffedType = 'pdf' | 'jpeg' | 'png' | 'docx' | 'xlsx';

export const MIME_TYPES: Record<SniffedType, string> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** True when the ZIP archive holds an entry whose name starts with `name` (entry names are stored uncompressed). */
function zipHasEntry(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(name, 'latin1'));
}

/** Recognises a file's type from its first bytes (and, for Office files, the ZIP entries), or null. */
export function sniffFileType(bytes: Uint8Array): SniffedType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && zipHasEntry(bytes, '[Content_Types].xml')) {
    if (zipHasEntry(bytes, 'word/')) return 'docx';
    if (zipHasEntry(bytes, 'xl/')) return 'xlsx';
  }
  return null;
}

/** The type an extension claims (lower-case, without the dot), or null. */
export function typeOfExtension(fileName: string): SniffedType | null {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  const byExt: Record<string, SniffedType> = { pdf: 'pdf', jpg: 'jpeg', jpeg: 'jpeg', png: 'png', docx: 'docx', xlsx: 'xlsx' };
  return byExt[ext] ?? null;
}
