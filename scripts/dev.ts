// `npm run dev`: the API server in watch mode (tsx watch) plus Vite's dev server with hot reload on :5173.
import { spawn } from 'node:child_process';

const children = [
  spawn(process.execPath, ['--import', 'tsx', '--watch', 'scripts/serve-api.ts'], { stdio: 'inherit', env: { ...process.env, WEB_BUILD: 'never' } }),
  spawn(process.execPath, ['node_modules/vite/bin/vite.js'], { stdio: 'inherit' }),
];
console.log('API on http://localhost:3000 (watch), web with hot reload on http://localhost:5173');
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
