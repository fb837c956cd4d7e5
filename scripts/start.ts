// `npm start`: build the web client if it is missing or stale, then run the server (API + jobs + web).
import { ensureWebBundle } from './build-web';

await ensureWebBundle();
const { main } = await import('../server/main');
await main();
