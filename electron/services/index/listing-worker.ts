// A listing thread: judges and qualifies the deal file texts it is sent (see workspace-index.ts).
import { workerData } from 'node:worker_threads';
import type { QualifyOptions } from '../../../shared/engine/types';
import { serveThread } from '../thread-pool';
import { qualifyDealText, type Outcome } from './qualify-deal-text';

const options = workerData as QualifyOptions;
serveThread((files: readonly { readonly name: string; readonly text: string }[]): Outcome[] =>
  files.map(({ name, text }) => qualifyDealText(text, name, options)),
);
