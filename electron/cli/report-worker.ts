// A report worker thread: reports each batch of deal ids it is sent (see report-pool.ts).
import { workerData } from 'node:worker_threads';
import { serveThread } from '../services/thread-pool';
import { reportStep, type ReportJob } from './report-step';

const job = workerData as ReportJob;
serveThread((ids: readonly string[]) => ids.map((id) => reportStep(job, id)));
