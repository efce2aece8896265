// A listing thread: reads, judges and qualifies the deal files it is sent (see workspace-index.ts), or deal file texts already read.
import { workerData } from 'node:worker_threads';
import type { QualifyOptions } from '../../../shared/engine/types';
import { serveThread } from '../thread-pool';
import type { ListingRequest } from './listing-threads';
import { qualifyDealText, type Outcome } from './qualify-deal-text';
import { readListedFile, type ThreadRead } from './read-listed-file';

type Text = { readonly name: string; readonly text: string };

const options = workerData as QualifyOptions;

function readAndQualify(folder: string, name: string, reuse: string | null): ThreadRead {
  const read = readListedFile(folder, name);
  if (read.kind === 'refused') return read;
  const { text, ...keyed } = read;
  return { ...keyed, outcome: read.hash === reuse ? 'same' : qualifyDealText(text, name, options) };
}

serveThread((input: ListingRequest | readonly Text[]): readonly (ThreadRead | Outcome)[] =>
  'files' in input ? input.files.map(({ name, reuse }) => readAndQualify(input.folder, name, reuse)) : input.map(({ name, text }) => qualifyDealText(text, name, options)),
);
