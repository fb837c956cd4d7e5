import type { FastifyReply } from 'fastify';

/** A file answered for download (or shown in the browser with `inline`), with a UTF-8 file name and no MIME sniffing. */
export function sendFile(reply: FastifyReply, file: { bytes: Buffer; fileName: string; contentType: string; inline?: boolean }) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `${file.inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('x-content-type-options', 'nosniff')
    .send(file.bytes);
}
