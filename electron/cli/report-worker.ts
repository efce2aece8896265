// A report worker thread: reports each batch of deal ids it is sent (see report-pool.ts), or reads, indexes and reports a listing's files.
import { workerData } from 'node:worker_threads';
import { serveThread } from '../services/thread-pool';
import { reportListedFile, reportStep, type ReportJob } from './report-step';
import type { ReportRequest } from './report-pool';

const job = workerData as ReportJob;
serveThread((input: ReportRequest) => ('listed' in input ? input.listed.map(({ name }) => reportListedFile(job, name)) : input.map((id) => reportStep(job, id))));
