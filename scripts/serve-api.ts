// Runs the server without building the web client (used by `npm run dev`).
import { main } from '../server/main';

await main();
