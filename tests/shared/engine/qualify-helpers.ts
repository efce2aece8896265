// Shortcuts for engine tests: qualify a built deal at the builders' review date and look at its gaps.
import type { Deal } from '../../../shared/model/deal-schema';
import { qualifyDeal } from '../../../shared/engine/qualify-deal';
import type { Gap, GapCode, Qualification } from '../../../shared/engine/types';
import { TEST_AS_OF } from '../../support/deal-builder';
import { inEnglishGaps, type EnglishGap, type EnglishQualification } from '../../support/english-gaps';

/** The qualification with its gaps' messages in English, as a reader sees them. */
export function qualify(deal: Deal, asOf = TEST_AS_OF): EnglishQualification {
  return inEnglishGaps(qualifyDeal(deal, { asOf }));
}

export function gapCodes(deal: Deal, asOf = TEST_AS_OF): GapCode[] {
  return qualify(deal, asOf).gaps.map((gap) => gap.code);
}

export function gapsWithCode(deal: Deal, code: GapCode, asOf = TEST_AS_OF): EnglishGap[] {
  return qualify(deal, asOf).gaps.filter((gap) => gap.code === code);
}

/** The only gap with this code; fails the test when there is none or more than one. */
export function onlyGap(deal: Deal, code: GapCode, asOf = TEST_AS_OF): EnglishGap {
  const gaps = gapsWithCode(deal, code, asOf);
  if (gaps.length !== 1) throw new Error(`expected one ${code} gap, got ${gaps.length}`);
  return gaps[0] as EnglishGap;
}

/** The engine's own qualification, messages as keys and values. */
export function qualifyRaw(deal: Deal, asOf = TEST_AS_OF): Qualification {
  return qualifyDeal(deal, { asOf });
}

/** The only gap with this code as the engine returns it. */
export function onlyRawGap(deal: Deal, code: GapCode, asOf = TEST_AS_OF): Gap {
  const gaps = qualifyRaw(deal, asOf).gaps.filter((gap) => gap.code === code);
  if (gaps.length !== 1) throw new Error(`expected one ${code} gap, got ${gaps.length}`);
  return gaps[0] as Gap;
}
