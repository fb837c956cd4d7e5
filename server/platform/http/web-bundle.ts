import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Where `vite build` writes the web client. */
export const webDistDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist/web');

/** True when the web client has been built. */
export function isWebBundleBuilt(): boolean {
  return fs.existsSync(path.join(webDistDir, 'index.html'));
}

/**
 * Serves the built React client (hashed assets cached for a year, index.html never cached). The not-found
 * handler (error-handler.ts) falls back to index.html for client-side routes, so /admin/users can be reloaded.
 */
export async function serveWebBundle(app: FastifyInstance): Promise<void> {
  await app.register(fastifyStatic, {
    root: webDistDir,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    setHeaders: (reply, filePath) => {
      reply.header('cache-control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}
