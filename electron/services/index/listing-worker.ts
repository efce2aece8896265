// A listing thread: judges and qualifies the deal file texts it is sent, or reads the files first (see workspace-index.ts).
import { workerData } from 'node:worker_threads';
import type { QualifyOptions } from '../../../shared/engine/types';
import { serveThread } from '../thread-pool';
import { answerListingFile, type ListingAnswer, type ListingFile } from './listing-threads';

const options = workerData as QualifyOptions;
serveThread((files: readonly ListingFile[]): ListingAnswer[] => files.map((file) => answerListingFile(file, options)));
