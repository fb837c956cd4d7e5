import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { sniffFileType, typeOfExtension } from './sniff';
import { localDiskStorage } from './storage';

describe('sniffFileType', () => {
  it('recognises PDF, JPEG and PNG by their signatures', () => {
    expect(sniffFileType(Buffer.from('%PDF-1.7\n%âãÏÓ'))).toBe('pdf');
    expect(sniffFileType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('jpeg');
    expect(sniffFileType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('png');
  });

  it('tells a Word document from a spreadsheet inside the ZIP container', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Điều lệ')] }] }));
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('A').addRow(['x']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(sniffFileType(docx)).toBe('docx');
    expect(sniffFileType(xlsx)).toBe('xlsx');
  });

  it('rejects what only pretends by its name (a text file called .pdf, an executable, an empty file)', () => {
    expect(sniffFileType(Buffer.from('just text pretending to be a PDF'))).toBeNull();
    expect(sniffFileType(Buffer.from('MZ\x90\x00\x03'))).toBeNull();
    expect(sniffFileType(new Uint8Array())).toBeNull();
    expect(typeOfExtension('ho-so.PDF')).toBe('pdf');
    expect(typeOfExtension('anh.JPG')).toBe('jpeg');
    expect(typeOfExtension('virus.exe')).toBeNull();
  });
});

describe('localDiskStorage', () => {
  it('stores, reads back and removes a file with its SHA-256', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ingo-storage-'));
    const storage = localDiskStorage(root);
    const bytes = Buffer.from('%PDF-1.7 Giấy đăng ký');
    const stored = await storage.put('dossiers/test', bytes);
    expect(stored.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(stored.sizeBytes).toBe(bytes.length);
    expect((await storage.get(stored.key)).equals(bytes)).toBe(true);
    expect(fs.readdirSync(path.join(root, 'dossiers', 'test')).some((f) => f.endsWith('.part'))).toBe(false);
    await storage.remove(stored.key);
    await expect(storage.get(stored.key)).rejects.toThrow();
  });

  it('refuses keys that could leave the storage folder', async () => {
    const storage = localDiskStorage(os.tmpdir());
    await expect(storage.get('../etc/passwd')).rejects.toThrow(/invalid storage key/);
    await expect(storage.get('dossiers/../../x/00000000-0000-0000-0000-000000000000')).rejects.toThrow(/invalid storage key/);
  });
});
