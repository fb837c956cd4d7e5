import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const webDir = path.join(root, 'web');
const indexHtml = path.join(root, 'dist/web/index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const m = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
    if (m > newest) newest = m;
  }
  return newest;
}

/** True when dist/web is missing or older than any file under web/ (or the vite config). */
export function isWebBundleStale(): boolean {
  if (!fs.existsSync(indexHtml)) return true;
  const built = fs.statSync(indexHtml).mtimeMs;
  const sources = Math.max(newestMtime(webDir), fs.statSync(path.join(root, 'vite.config.ts')).mtimeMs);
  return sources > built;
}

/** Builds the web client with Vite when needed (WEB_BUILD=auto), always, or never. */
export async function ensureWebBundle(mode: string = process.env.WEB_BUILD ?? 'auto'): Promise<void> {
  if (mode === 'never') return;
  if (mode === 'auto' && !isWebBundleStale()) return;
  const started = Date.now();
  console.log('Building the web client (vite build)… / Đang đóng gói giao diện web…');
  // In a child process, so the server that starts next does not keep Vite's memory.
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status ?? result.signal})`);
  console.log(`Web client built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await ensureWebBundle('always');
}
