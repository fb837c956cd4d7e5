import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Where `vite build` writes the web client. */
export const webDistDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist/web');

/**
 * Serves the built React client and falls back to index.html for client-side routes, so /admin/users can be
 * reloaded. API paths keep their JSON 404.
 */
export async function serveWebBundle(app: FastifyInstance): Promise<void> {
  if (!fs.existsSync(path.join(webDistDir, 'index.html'))) {
    app.log.warn({ webDistDir }, 'web bundle not built; only the API is served');
    return;
  }
  await app.register(fastifyStatic, { root: webDistDir, prefix: '/', wildcard: false, index: ['index.html'] });
  app.setNotFoundHandler((request, reply) => {
    const url = request.url;
    if (request.method !== 'GET' || url.startsWith('/api/') || url === '/healthz' || url === '/readyz' || path.extname(url.split('?')[0]!)) {
      return reply.status(404).send({
        error: { code: 'not_found', message: { vi: 'Không tìm thấy địa chỉ yêu cầu.', en: 'No such address.' }, requestId: String(request.id) },
      });
    }
    return reply.type('text/html').sendFile('index.html');
  });
}
