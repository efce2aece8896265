// A cold report's listing reads each deal file on the report threads, which report it from the same reading into the row cache.
import { batchedReads, type ListingThreads } from '../services/index/listing-threads';
import type { RowCacheWriter } from './report-row-cache';
import { reportListedOn, type ReportThreads } from './report-pool';
import type { ListedReport } from './report-step';

/**
 * The listing's threads (see lazyListingThreads) made of the report's: each file the listing must
 * read is read, summarised for the index and reported into `rows` there, so the report then reads
 * every such deal back from the cache instead of reading and validating its file a second time. A
 * batch whose thread failed is read by the listing itself, without a row: the report reports
 * those deals itself.
 */
export function reportingListingThreads(threads: ReportThreads, rows: RowCacheWriter): ListingThreads {
  const read = batchedReads<ListedReport>(
    (files) => reportListedOn(threads, files),
    (answer) => {
      if (answer === undefined) return null;
      if (answer.row !== null) rows.add(answer.row.id, answer.row.hash, answer.row);
      return answer.read;
    },
  );
  return {
    read,
    // The threads are the report's: they stay for the deals the listing did not read.
    stop: () => Promise.resolve(),
  };
}
