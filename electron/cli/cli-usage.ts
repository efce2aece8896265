// The usage text of `npm run dealmap`: every command, its options and its exit statuses.
import { DEFAULT_GENERATE_AS_OF, DEFAULT_GENERATE_SEED } from '../services/generate';

export const CLI_USAGE = [
  'Usage: npm run dealmap -- report <workspace-folder|deal-file> [--json] [--as-of YYYY-MM-DD]',
  '       npm run dealmap -- review <workspace-folder> [--since <review-id|YYYY-MM-DD>] [--json] [--as-of YYYY-MM-DD]',
  '       npm run dealmap -- generate --deals N [--seed S] [--as-of YYYY-MM-DD] <workspace-folder>',
  '',
  '  report     qualify every deal of a workspace (or one deal file) and list stage, score and gaps',
  '  review     print the pipeline summary and each deal\'s changes since the last review',
  '  generate   write N realistic example deals into <workspace-folder>/deals/; never overwrites a deal file',
  '',
  '  --json     print one JSON document (report: {"deals":[...],"errors":[...]})',
  '  --as-of    report, review: the review date, defaults to today;',
  `             generate: the day generated dates are relative to, defaults to ${DEFAULT_GENERATE_AS_OF}`,
  '  --since    review: compare with the latest review on or before this date (YYYY-MM-DD), or with one review by id:',
  '             YYYY-MM-DD-N for the Nth review of a day, YYYY-MM-DD-1 for its first (whose id is the bare date)',
  '  --deals    generate: how many deals, 1 to 100000',
  `  --seed     generate: 0 to 4294967295, defaults to ${DEFAULT_GENERATE_SEED}; the same seed writes the same files`,
  '',
  'Exit status:',
  '  report     0 all files read, 1 some deal files could not be read, 2 usage error',
  '  review     0 all files read, 1 some deal or review files could not be read, 2 usage error or no such review',
  '  generate   0 deals written, 1 a deal file exists already (nothing written) or a write failed, 2 usage error',
].join('\n');
