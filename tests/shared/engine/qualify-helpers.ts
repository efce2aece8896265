// Shortcuts for engine tests: qualify a built deal at the builders' review date and look at its gaps.
import type { Deal } from '../../../shared/model/deal-schema';
import { qualifyDeal } from '../../../shared/engine/qualify-deal';
import type { Gap, GapCode, Qualification } from '../../../shared/engine/types';
import { TEST_AS_OF } from '../../support/deal-builder';

export function qualify(deal: Deal, asOf = TEST_AS_OF): Qualification {
  return qualifyDeal(deal, { asOf });
}

export function gapCodes(deal: Deal, asOf = TEST_AS_OF): GapCode[] {
  return qualify(deal, asOf).gaps.map((gap) => gap.code);
}

export function gapsWithCode(deal: Deal, code: GapCode, asOf = TEST_AS_OF): Gap[] {
  return qualify(deal, asOf).gaps.filter((gap) => gap.code === code);
}

/** The only gap with this code; fails the test when there is none or more than one. */
export function onlyGap(deal: Deal, code: GapCode, asOf = TEST_AS_OF): Gap {
  const gaps = gapsWithCode(deal, code, asOf);
  if (gaps.length !== 1) throw new Error(`expected one ${code} gap, got ${gaps.length}`);
  return gaps[0] as Gap;
}
