// A report worker thread: reports each batch of deal ids it is sent (see report-pool.ts).
import { workerData } from 'node:worker_threads';
import { serveThread } from '../services/thread-pool';
import { reportListedText, reportStep, type ListedText, type ReportJob } from './report-step';

const job = workerData as ReportJob;
// Deal ids to read and report, or texts a listing read, to summarise and report.
serveThread((input: readonly string[] | { readonly listed: readonly ListedText[] }) =>
  'listed' in input ? input.listed.map((listed) => reportListedText(job, listed)) : input.map((id) => reportStep(job, id)),
);
