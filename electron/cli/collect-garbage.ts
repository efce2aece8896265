// One full garbage collection on demand, for the moment a large report has let go of its listing.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null = null;

/**
 * Collects garbage now. V8 keeps a listing's garbage (about 200 MB for 50,000 deals: the index as
 * loaded and written) until its heap is under pressure, which the report's writing thread never puts
 * it under; with the report threads beside it, that kept the process above 650 MB.
 */
export function collectGarbage(): void {
  if (collect === null) {
    // V8's own gc function, exposed at run time: the CLI is started by npx and tsx, with no place for a flag.
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
}
