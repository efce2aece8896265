// `npm run serve` from the sources (through tsx); scripts/serve.mjs runs the same from a bundle.
import { fileURLToPath } from 'node:url';
import { runServe } from './serve-main';

runServe(fileURLToPath(new URL('../..', import.meta.url)), process.argv.slice(2));
