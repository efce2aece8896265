// Every message the engine produces for the demo and generated deals has a key in both languages,
// values that match the message's arguments, and renders whole: no missing key, no "{" left over.
import { describe, expect, it } from 'vitest';
import { buildDemoDeals } from '../../../electron/services/demo/demo-deals';
import { generateDeals } from '../../../electron/services/generate';
import { coachingQuestionRefs } from '../../../shared/engine/coaching-questions';
import { qualifyDeal } from '../../../shared/engine/qualify-deal';
import { CATALOGS, dealmapIntl, LANGUAGES, renderMessage, type MessageRef } from '../../../shared/i18n';
import type { Deal } from '../../../shared/model/deal-schema';
import { LENS_IDS } from '../../../shared/model/vocabulary';
import { buildDeal, decisionMaker, stakeholder } from '../../support/deal-builder';
import { allRefs } from './all-refs';
import { messageArguments } from './message-arguments';

const AS_OF = '2026-11-27';

/** What the engine says about a deal under every lens, with the default and a stricter threshold. */
function engineMessages(deal: Deal): MessageRef[] {
  const refs: MessageRef[] = [];
  for (const lens of LENS_IDS) {
    for (const settings of [{}, { singleThreadMinEngaged: 3 }]) {
      for (const gap of qualifyDeal(deal, { asOf: AS_OF, lens, settings }).gaps) {
        refs.push(gap.message, gap.nextAction, ...coachingQuestionRefs(gap, deal), ...coachingQuestionRefs(gap));
      }
    }
  }
  return refs;
}

const deals: Deal[] = [
  ...buildDemoDeals({ today: AS_OF, updatedAt: `${AS_OF}T08:00:00.000Z` }),
  ...generateDeals({ deals: 60, seed: 7, asOf: AS_OF }),
  { ...buildDeal({ status: 'won' }), referrals: [] },
  { ...buildDeal({ forecastCategory: 'commit', closeDate: '2026-10-01' }) },
];

describe('engine messages', () => {
  const refs = deals.flatMap(engineMessages).flatMap((ref) => allRefs(ref));

  it('come from the rules the catalogs cover: many distinct keys, every one in both languages', () => {
    const ids = new Set(refs.map((ref) => ref.id));
    expect(ids.size).toBeGreaterThan(80);
    for (const language of LANGUAGES) expect([...ids].filter((id) => CATALOGS[language][id] === undefined)).toEqual([]);
  });

  it('carry exactly the values their message asks for', () => {
    const mismatched = refs.filter((ref) => {
      const asked = messageArguments(CATALOGS.en[ref.id] ?? '');
      return asked.join() !== Object.keys(ref.values ?? {}).sort().join();
    });
    expect(mismatched.map((ref) => ref.id)).toEqual([]);
  });

  it.each(LANGUAGES)('render whole in %s: no placeholder left, one sentence end', (language) => {
    const intl = dealmapIntl(language);
    for (const deal of deals) {
      for (const ref of engineMessages(deal)) {
        const text = renderMessage(intl, ref);
        expect(text).not.toMatch(/[{}]/);
        expect(text).not.toMatch(/\.\.$/);
      }
    }
  });

  it('read as Swedish in Swedish', () => {
    const deal = buildDeal({ account: 'Norrsken AB' });
    const gap = qualifyDeal(deal, { asOf: AS_OF }).gaps.find((item) => item.code === 'need-unconfirmed');
    expect(gap).toBeDefined();
    if (gap === undefined) return;
    expect(renderMessage(dealmapIntl('sv'), gap.message)).toMatch(/^Ingen har bekräftat att Norrsken AB behöver det du säljer\.$|^Norrsken AB har inte bekräftat behovet än/);
    expect(renderMessage(dealmapIntl('sv'), gap.nextAction)).toMatch(/^Fråga /);
  });

  it('treat names as data: "constructor", "__proto__" and braces pass through untouched', () => {
    const names = ['constructor', '__proto__', 'toString', '{account}'];
    const deal = buildDeal({
      stakeholders: names.map((name, index) =>
        index === 0 ? decisionMaker({ id: `p${index}`, name, stance: 'unknown', interest: 'none' }) : stakeholder({ id: `p${index}`, name, interest: 'general-info' }),
      ),
      relations: [],
    });
    for (const language of LANGUAGES) {
      const intl = dealmapIntl(language);
      const texts = qualifyDeal(deal, { asOf: AS_OF }).gaps.flatMap((gap) => [gap.message, gap.nextAction, ...coachingQuestionRefs(gap, deal)]).map((ref) => renderMessage(intl, ref));
      const all = texts.join('\n');
      for (const name of ['constructor', '__proto__', '{account}']) expect(all).toContain(name);
    }
  });
});
