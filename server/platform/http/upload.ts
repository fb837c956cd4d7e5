import type { FastifyRequest } from 'fastify';
import { AppError, ValidationError } from './errors';

/** One file read completely from a multipart request, with the text fields sent before it. */
export interface UploadedFile {
  fileName: string;
  bytes: Buffer;
  /** A text field of the form ('' when absent). */
  field(name: string): string;
}

/**
 * Reads the one file of a multipart request completely (the route registers @fastify/multipart with its size limit):
 * 400 `required` when no file was sent, 413 `file_too_large` naming the limit, 400 `upload_incomplete` when the body
 * was cut off. Nothing is stored here, so a failed upload leaves nothing behind.
 */
export async function readUploadedFile(request: FastifyRequest, maxMb: number): Promise<UploadedFile> {
  try {
    const file = await request.file();
    if (!file) throw new ValidationError([{ path: 'file', code: 'required', message: { vi: 'Chưa chọn tệp.', en: 'No file was sent.' } }]);
    const bytes = await file.toBuffer();
    const field = (name: string) => {
      const value = file.fields[name];
      return value && !Array.isArray(value) && value.type === 'field' ? String(value.value) : '';
    };
    return { fileName: file.filename, bytes, field };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE' || (error as { statusCode?: number }).statusCode === 413) {
      throw new AppError(413, 'file_too_large', { vi: `Tệp vượt quá giới hạn ${maxMb} MB.`, en: `The file is larger than the ${maxMb} MB limit.` }, { maxMb });
    }
    throw new AppError(400, 'upload_incomplete', { vi: 'Tệp chưa được gửi trọn vẹn (kết nối bị gián đoạn). Vui lòng tải lên lại.', en: 'The file did not arrive completely (the connection was interrupted). Please upload it again.' });
  }
}
