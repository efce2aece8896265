// Every next best action (title, why, asked answer) and every review change line the demo and generated
// deals produce has a key in both languages, exactly the values its message asks for, and renders whole.
import { describe, expect, it } from 'vitest';
import { rankDealActions } from '../../../shared/actions';
import { qualifyDeal } from '../../../shared/engine/qualify-deal';
import { GAP_CODES, LENS_GAP_CODES } from '../../../shared/engine/types';
import { CATALOGS, dealmapIntl, LANGUAGES, renderMessage, type MessageRef } from '../../../shared/i18n';
import type { Deal } from '../../../shared/model/deal-schema';
import { dealChanges } from '../../../shared/review/deal-changes';
import { snapshotDeal } from '../../../shared/review/deal-snapshot';
import { applyMoves } from '../../../shared/whatif/apply-moves';
import { buildDealWithSaboteur, buildHealthyDeal } from '../../support/deal-builder';
import { actionCorpusDeals, CORPUS_AS_OF, rankedUnderEveryLens } from '../../support/ranked-action-corpus';
import { allRefs } from './all-refs';
import { messageArguments } from './message-arguments';

const AS_OF = CORPUS_AS_OF;

const deals: Deal[] = actionCorpusDeals();

/** Each deal under every lens as default: the ranked actions, as the panel and the report rank them. */
const ranked = rankedUnderEveryLens(deals);

function snapshot(deal: Deal) {
  return snapshotDeal(deal, qualifyDeal(deal, { asOf: AS_OF }));
}

/** What a review would say after each action was carried out, plus the deal coming and going. */
const changeLines: MessageRef[] = [
  ...ranked.flatMap(({ deal, action }) => dealChanges(snapshot(deal), snapshot(applyMoves(deal, action.moves))).changes.map((change) => change.line)),
  ...deals.slice(0, 5).flatMap((deal) => [
    ...dealChanges(undefined, snapshot(deal)).changes,
    ...dealChanges(snapshot(deal), undefined).changes,
    ...dealChanges(snapshot(deal), snapshot({ ...deal, amount: undefined, closeDate: undefined, stakeholders: deal.stakeholders.slice(1), relations: [] })).changes,
    ...dealChanges(snapshot({ ...deal, closeDate: undefined }), snapshot({ ...deal, amount: (deal.amount ?? 0) + 1000.5, currency: undefined })).changes,
  ].map((change) => change.line)),
];

const actionRefs = ranked.flatMap(({ action }) => [action.title, action.why, ...(action.asks === undefined ? [] : [action.asks.label])]);

describe.each([
  ['action', actionRefs],
  ['change', changeLines],
] as const)('%s messages', (_, top) => {
  const refs = top.flatMap((ref) => allRefs(ref));

  it('come from many keys, every one in both languages', () => {
    const ids = new Set(refs.map((ref) => ref.id));
    expect(ids.size).toBeGreaterThan(20);
    for (const language of LANGUAGES) expect([...ids].filter((id) => CATALOGS[language][id] === undefined)).toEqual([]);
  });

  it('carry exactly the values their message asks for', () => {
    const mismatched = refs.filter((ref) => messageArguments(CATALOGS.en[ref.id] ?? '').join() !== Object.keys(ref.values ?? {}).sort().join());
    expect(mismatched.map((ref) => ref.id)).toEqual([]);
  });

  it.each(LANGUAGES)('render whole in %s: no placeholder left, no doubled stop', (language) => {
    const intl = dealmapIntl(language);
    for (const ref of top) {
      const text = renderMessage(intl, ref);
      expect(text).not.toMatch(/[{}]/);
      expect(text).not.toMatch(/\.\.$/);
    }
  });
});

describe('actions and changes in Swedish', () => {
  const sv = dealmapIntl('sv');

  it('covers every kind of change and the actions of every built-in kind', () => {
    const kinds = new Set(changeLines.map((ref) => ref.id));
    for (const id of ['changes.deal-new', 'changes.deal-removed', 'changes.stakeholder-removed', 'changes.relation-removed-strength', 'changes.amount-changed', 'changes.close-date-removed']) {
      expect(kinds).toContain(id);
    }
    expect(new Set(ranked.map(({ action }) => action.title.id)).size).toBeGreaterThan(20);
  });

  it('reads as Swedish: the title, the why and the asked answer of Confirm the need', () => {
    const deal = buildHealthyDeal({ need: { confirmed: false, summary: '' } });
    const action = rankDealActions(deal, { asOf: AS_OF }).find((item) => item.kind === 'confirm-need');
    expect(action).toBeDefined();
    if (action?.asks === undefined) return;
    expect(renderMessage(sv, action.title)).toBe('Bekräfta behovet med Eva Berg (CFO)');
    expect(renderMessage(sv, action.asks.label)).toBe('Vilket behov bekräftade Eva Berg, med deras egna ord?');
    expect(renderMessage(sv, action.why)).toMatch(/^Röjer ”Behovet obekräftat”.*; poäng \+\d+/);
    expect(renderMessage(dealmapIntl('en'), action.why)).toMatch(/^Clears “Need unconfirmed”.*; score \+\d+/);
  });

  it.each(LANGUAGES)('names the gaps an action clears or opens by their labels in %s, never by their codes', (language) => {
    const intl = dealmapIntl(language);
    const codes = new RegExp(`(^|[^a-z-])(${[...GAP_CODES, ...LENS_GAP_CODES].join('|')})($|[^a-z-])`);
    const whys = ranked.map(({ action }) => renderMessage(intl, action.why));
    expect(whys.filter((why) => codes.test(why))).toEqual([]);
    expect(whys.some((why) => why.includes(renderMessage(intl, { id: 'pipeline.gap-code.interest-shallow' })))).toBe(true);
  });

  it('reads as Swedish: a stance change, a slipped close date and a new deal', () => {
    const deal = buildDealWithSaboteur();
    const before = snapshot(deal);
    const after = snapshot({ ...deal, closeDate: '2027-04-30', stakeholders: deal.stakeholders.map((person) => (person.stance === 'saboteur' ? { ...person, stance: 'neutral' as const } : person)) });
    const lines = dealChanges(before, after).changes.map((change) => renderMessage(sv, change.line));
    expect(lines).toContain('Avslutsdatumet gled från 2027-02-28 till 2027-04-30.');
    expect(lines).toContain('Hållningen hos Anders Nyström ändrades från sabotör till neutral.');
    expect(renderMessage(sv, dealChanges(undefined, before).changes[0]?.line ?? { id: 'changes.none' })).toMatch(/^Ny sedan genomgången \(prospekt, \d stopp\)\.$/);
  });
});
