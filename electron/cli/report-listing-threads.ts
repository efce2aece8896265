// A cold report's listing qualifies each deal file on the report threads, which report it from the same reading into the row cache.
import type { ListingThreads } from '../services/index/listing-threads';
import { qualifyDealText, type Outcome } from '../services/index/qualify-deal-text';
import { rowBytesOf, type RowCacheWriter } from './report-row-cache';
import { reportListedOn, type ReportThreads } from './report-pool';
import type { QualifyOptions } from '../../shared/engine/types';
import type { ListedText } from './report-step';

/** Texts per message, as the listing's own threads take them. */
const BATCH = 16;

/**
 * The listing's threads (see lazyListingThreads) made of the report's: each text the listing must
 * qualify is summarised for the index and reported into `rows`, so the report then reads every
 * such deal back from the cache instead of reading and validating its file a second time. A batch
 * whose thread failed is qualified here, without a row: the report reports those deals itself.
 */
export function reportingListingThreads(threads: ReportThreads, options: QualifyOptions, rows: RowCacheWriter): ListingThreads {
  let batch: { listed: ListedText; resolve: (outcome: Outcome) => void }[] = [];
  const send = () => {
    const sending = batch;
    batch = [];
    if (sending.length === 0) return;
    reportListedOn(
      threads,
      sending.map(({ listed }) => listed),
    ).then(
      (answers) =>
        sending.forEach(({ resolve }, at) => {
          const answer = answers[at];
          if (answer?.row) rows.add(answer.row.id, answer.row.hash, rowBytesOf(answer.row.text, answer.row.top));
          resolve(answer?.outcome ?? null);
        }),
      () => sending.forEach(({ listed, resolve }) => resolve(qualifyDealText(listed.text, listed.name, options))),
    );
  };
  return {
    qualify: (name, text) =>
      new Promise<Outcome>((resolve) => {
        batch.push({ listed: { name, text }, resolve });
        // A full batch goes at once; a last, short one once the reads under way have queued theirs.
        if (batch.length === BATCH) send();
        else if (batch.length === 1) setImmediate(send);
      }),
    // The threads are the report's: they stay for the deals the listing did not qualify.
    stop: () => Promise.resolve(),
  };
}
