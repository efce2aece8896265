// A report worker thread: reports the batches of deal ids it is sent, in order, one answer per batch.
import { parentPort, workerData } from 'node:worker_threads';
import { reportStep, type ReportJob } from './report-step';

const job = workerData as ReportJob;
const port = parentPort;
if (port === null) throw new Error('report-worker.ts runs only as a worker thread');

port.on('message', (ids: readonly string[]) => {
  try {
    port.postMessage({ steps: ids.map((id) => reportStep(job, id)) });
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
