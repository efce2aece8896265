// The need criterion, shared by the qualified-prospect and BANT lenses: the engine's confirmed need.
import { describeStakeholder } from '../engine/stakeholder-names';
import { confirmer, contactName, evidence, isBlank, quoted, verdict } from './lens-helpers';
import type { CriterionEvidence, CriterionVerdict, LensContext } from './lens-types';

/**
 * missing: no need written down (neither the need's summary nor the pain);
 * identified: written down, not confirmed; validated: the need is confirmed, as the stage rule and
 * the need-unconfirmed gap read it, so the lens and the gaps never disagree.
 */
export function judgeNeed(context: LensContext): CriterionVerdict {
  const { deal } = context;
  const summary = deal.need.summary.trim();
  const painBy = confirmer(context, deal.pain.confirmedBy);
  const found: CriterionEvidence[] = [];
  const needBy = confirmer(context, deal.need.confirmedBy);
  if (deal.need.confirmed && needBy !== undefined) {
    found.push(evidence(`${describeStakeholder(needBy)} confirmed the need${summary === '' ? '' : `: ${quoted(summary)}`}`, [needBy]));
  } else if (deal.need.confirmed) {
    found.push(evidence(summary === '' ? 'The need is marked confirmed' : `The need is confirmed: ${quoted(summary)}`));
  } else if (summary !== '') {
    found.push(evidence(`The need is written down but not confirmed: ${quoted(summary)}`));
  }
  if (!isBlank(deal.pain.text)) {
    found.push(
      painBy === undefined
        ? evidence(`The pain is noted: ${quoted(deal.pain.text)}`)
        : evidence(`${describeStakeholder(painBy)} confirmed the pain: ${quoted(deal.pain.text)}`, [painBy]),
    );
  }
  if (deal.need.confirmed) return verdict('validated', found, null);
  const contact = contactName(context);
  if (found.length > 0) {
    return verdict(
      'identified',
      found,
      `Ask ${painBy?.name ?? contact} what the problem costs ${deal.account} and who feels it most, then mark the need confirmed`,
    );
  }
  return verdict('missing', found, `Ask ${contact} what problem ${deal.account} needs solved, and write the need down`);
}
