// MEDDPICC's competition: who else the customer may choose, "do nothing" included, and how we win.
import type { MessageRef } from '../i18n/message-ref';
import type { Competitor } from '../model/deal-schema';
import { contactName, evidence, lensText, quoted, verdict } from './lens-helpers';
import type { CriterionVerdict, LensContext } from './lens-types';

function describeCompetitor(competitor: Competitor): MessageRef {
  const note = competitor.note.trim();
  const name = competitor.name.trim();
  const values = { name: name === '' ? lensText('competition.unnamed') : name, kind: lensText(`competition.kind.${competitor.kind}`) };
  return note === '' ? lensText('competition.without-note', values) : lensText('competition.with-note', { ...values, note });
}

/**
 * missing: no competitor; identified: competitors; validated: a "do-nothing" entry is among them
 * and every competitor has a note (how we win against it).
 */
export function judgeCompetition(context: LensContext): CriterionVerdict {
  const { deal } = context;
  const person = contactName(context);
  const account = deal.account;
  if (deal.competition.length === 0) {
    return verdict('missing', [], lensText('competition.next-ask', { person, account }));
  }
  const found = deal.competition.map((competitor) => evidence(describeCompetitor(competitor)));
  if (!deal.competition.some((competitor) => competitor.kind === 'do-nothing')) {
    return verdict('identified', found, lensText('competition.next-do-nothing', { person, account }));
  }
  const unnoted = deal.competition.filter((competitor) => competitor.note.trim() === '');
  if (unnoted.length > 0) {
    return verdict('identified', found, lensText('competition.next-note', { competitors: unnoted.map((competitor) => quoted(competitor.name)) }));
  }
  return verdict('validated', found, null);
}
