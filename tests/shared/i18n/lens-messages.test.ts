// Every evidence line and next step the lenses give for the demo, generated and random deals has its
// key in both languages, exactly its values, and renders whole in English and Swedish.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDemoDeals } from '../../../electron/services/demo/demo-deals';
import { generateDeals } from '../../../electron/services/generate';
import { qualifyDeal } from '../../../shared/engine/qualify-deal';
import { CATALOGS, dealmapIntl, LANGUAGES, renderMessage, type MessageRef } from '../../../shared/i18n';
import { criterionLabelRef, scoreLens } from '../../../shared/lenses';
import type { Deal } from '../../../shared/model/deal-schema';
import { valueAt } from '../../../shared/model/placeholders';
import { LENS_IDS } from '../../../shared/model/vocabulary';
import { buildDeal, buildDealWithSaboteur, decisionMaker, stakeholder, withStakeholder } from '../../support/deal-builder';
import { buildFullyQualifiedDeal, competitor, metric, processStep } from '../../support/lens-builders';
import { qualifiedDealArbitrary } from '../lenses/qualified-deal-arbitrary';
import { allRefs } from './all-refs';
import { messageArguments } from './message-arguments';

const AS_OF = '2026-11-27';

/** A deal with a placeholder on every field a criterion reads: each "to be confirmed" line. */
function withEveryPlaceholder(deal: Deal): Deal {
  const paths = [
    'budget.amount',
    'timeframe.event',
    'timeframe.date',
    'pain.text',
    'need.summary',
    'metrics[m1].text',
    'decisionCriteria[c1].text',
    'decisionProcess.steps[s1].text',
    'decisionProcess.steps[s1].date',
    'paperProcess.steps[p2].text',
    'paperProcess.steps[p2].date',
    'competition[k1].note',
    'stakeholders[eva].championTest.personalStake',
    'stakeholders[eva].stance',
    'stakeholders[anders].name',
    'referrals.0.name',
    'stakeholders[ghost].stance',
  ];
  const live = paths.map((path) => ({ path, value: (valueAt(deal, path) ?? null) as string | number | null }));
  // An empty field a move left empty: "the deadline date is empty".
  const empty = { ...deal, timeframe: { ...deal.timeframe, date: null } };
  return { ...empty, placeholders: [...live.filter((mark) => mark.path !== 'timeframe.date'), { path: 'timeframe.date', value: null }] };
}

/** Hand-built deals for the branches random deals rarely reach. */
function edgeDeals(): Deal[] {
  const full = buildFullyQualifiedDeal();
  const eva = full.stakeholders.find((person) => person.id === 'eva');
  const noChampionTest = eva === undefined ? full : { ...full, stakeholders: full.stakeholders.map((person) => (person.id === 'eva' ? { ...person, championTest: undefined } : person)) };
  return [
    full,
    withEveryPlaceholder(full),
    withStakeholder(full, 'eva', { stance: 'supporter' }),
    noChampionTest,
    withStakeholder(full, 'eva', { championTest: { power: false, influence: false, personalStake: '' } }),
    withStakeholder(full, 'eva', { championTest: { power: true, influence: false, personalStake: '' } }),
    withStakeholder(full, 'eva', { lastContact: null, stance: 'saboteur' }),
    { ...full, budget: { amount: 100000, confirmedBy: 'eva', note: 'Split over two years.' }, currency: undefined },
    { ...full, budget: { amount: 1234.5, confirmedBy: null, note: '' } },
    { ...full, timeframe: { event: '', date: '2026-01-01', confirmedBy: 'eva' } },
    { ...full, timeframe: { event: 'Auditors arrive', date: null, confirmedBy: 'eva' } },
    { ...full, timeframe: { event: 'Auditors arrive', date: '2026-01-01', confirmedBy: 'eva' } },
    { ...full, metrics: [metric({ id: 'm1', text: '', baseline: null, target: null }), metric({ id: 'm2', baseline: 1500, target: 0.5, unit: '' })] },
    { ...full, pain: { text: '', confirmedBy: 'anders' } },
    { ...full, pain: { text: '', confirmedBy: null } },
    { ...full, need: { confirmed: true, summary: '', confirmedBy: null } },
    { ...full, need: { confirmed: true, summary: '', confirmedBy: 'anders' } },
    { ...full, need: { confirmed: true, summary: 'Close the books in three days', confirmedBy: 'anders' } },
    { ...full, need: { confirmed: true, summary: 'Close faster.', confirmedBy: null } },
    { ...full, need: { confirmed: false, summary: 'Close faster', confirmedBy: null }, pain: { text: 'Late books', confirmedBy: null } },
    { ...full, competition: [competitor({ id: 'k1', name: '', note: '' }), competitor({ id: 'k2', kind: 'in-house', name: 'Own build', note: '' })] },
    { ...full, competition: [competitor({ id: 'k1', name: 'Globex', note: '' }), competitor({ id: 'k2', kind: 'do-nothing', name: 'Nothing', note: '' })] },
    {
      ...full,
      decisionProcess: { steps: [processStep({ id: 's1', text: 'Board', date: null, done: true }), processStep({ id: 's2', text: 'Vote', date: '2026-01-01' })], confirmedBy: 'eva' },
      paperProcess: { steps: [processStep({ id: 'p1', text: 'Legal', date: '2026-01-01' })], confirmedBy: 'eva' },
    },
    { ...full, decisionProcess: { steps: [processStep({ id: 's1', text: 'Board', date: '2027-01-01' })], confirmedBy: null } },
    { ...full, referrals: [], status: 'won' },
    { ...full, referrals: [{ name: 'Fabrikam AB' }, { name: 'Contoso' }] },
    { ...buildDeal(), stakeholders: [], relations: [], referrals: [], status: 'won' },
    { ...buildDeal(), stakeholders: [], relations: [] },
    buildDeal({
      stakeholders: [
        decisionMaker({ id: 'd', name: 'Dana', stance: 'unknown', interest: 'none' }),
        ...['a', 'b', 'c', 'e'].map((id) => stakeholder({ id, name: `Person ${id}`, stance: 'unknown', interest: 'general-info' })),
      ],
      relations: [],
    }),
    buildDealWithSaboteur(),
    buildDealWithSaboteur({ stakeholders: buildDealWithSaboteur().stakeholders.map((person) => (person.role === 'decision-maker' ? { ...person, stance: 'saboteur' as const } : person)) }),
  ];
}

const randomDeals = fc.sample(qualifiedDealArbitrary, { numRuns: 300, seed: 14 });

/** Deals whose names and texts hold no brace, so a "{" left in the text is a placeholder left. */
const namedDeals: Deal[] = [
  ...buildDemoDeals({ today: AS_OF, updatedAt: `${AS_OF}T08:00:00.000Z` }),
  ...generateDeals({ deals: 60, seed: 7, asOf: AS_OF }),
  ...edgeDeals(),
];

const deals: Deal[] = [...namedDeals, ...randomDeals];

/** Every evidence line and next step under every lens, in the verdict's reading and the ranking's. */
function lensMessages(deal: Deal): MessageRef[] {
  const refs: MessageRef[] = [];
  for (const lens of LENS_IDS) {
    for (const placeholdersAsAnswered of [false, true]) {
      for (const criterion of scoreLens(deal, lens, { asOf: AS_OF, placeholdersAsAnswered }).criteria) {
        refs.push(...criterion.evidence.map((item) => item.message));
        if (criterion.nextStep !== null) refs.push(criterion.nextStep);
        const label = criterionLabelRef(lens, criterion);
        if (typeof label !== 'string') refs.push(label);
      }
    }
  }
  return refs;
}

describe('lens messages', () => {
  const top = deals.flatMap(lensMessages);
  // A missing criterion's gap strings its evidence together: those refs count too.
  const inGaps = deals.flatMap((deal) => LENS_IDS.flatMap((lens) => qualifyDeal(deal, { asOf: AS_OF, lens }).gaps.filter((gap) => gap.lensCriterion !== undefined)));
  const refs = [...top, ...inGaps.flatMap((gap) => [gap.message, gap.nextAction])].flatMap((ref) => allRefs(ref));
  const lensKeys = Object.keys(CATALOGS.en).filter((key) => key.startsWith('lens-evidence.'));

  it('are messages of the catalogs, never plain text: every key in both languages', () => {
    for (const language of LANGUAGES) expect([...new Set(refs.map((ref) => ref.id))].filter((id) => CATALOGS[language][id] === undefined)).toEqual([]);
  });

  it('reach every lens-evidence message but the one the front ends add and the defensive fallbacks', () => {
    const used = new Set(refs.map((ref) => ref.id));
    // "a/the decision-maker" stand in where a list of decision-makers is never empty; "someone" for a placeholder on nobody.
    const fallbacks = ['lens-evidence.a-decision-maker', 'lens-evidence.the-decision-maker', 'lens-evidence.placeholder.field.someone'];
    expect(lensKeys.filter((key) => !used.has(key))).toEqual([...fallbacks.slice(0, 2), 'lens-evidence.placeholder-sentence', fallbacks[2]]);
  });

  it('carry exactly the values their message asks for', () => {
    const mismatched = refs.filter((ref) => messageArguments(CATALOGS.en[ref.id] ?? '').join() !== Object.keys(ref.values ?? {}).sort().join());
    expect([...new Set(mismatched.map((ref) => ref.id))]).toEqual([]);
  });

  it.each(LANGUAGES)('render whole in %s: no placeholder left, one sentence end', (language) => {
    const intl = dealmapIntl(language);
    const broken = namedDeals.flatMap(lensMessages).map((ref) => renderMessage(intl, ref)).filter((text) => /[{}]/.test(text) || /\.\.$/.test(text));
    expect(broken).toEqual([]);
    // Random names and texts may hold braces of their own: those render too, never empty.
    expect(top.map((ref) => renderMessage(intl, ref)).filter((text) => text.trim() === '')).toEqual([]);
  });

  it('read as Swedish in Swedish: no sentence copied from the English', () => {
    const copied = lensKeys.filter((key) => CATALOGS.en[key] === CATALOGS.sv[key] && (CATALOGS.en[key] ?? '').split(' ').length > 3);
    expect(copied).toEqual([]);
    const budget = scoreLens(buildFullyQualifiedDeal(), 'bant', { asOf: AS_OF }).criteria[0];
    const found = budget?.evidence[0];
    expect(found === undefined ? '' : renderMessage(dealmapIntl('sv'), found.message)).toBe('Eva Berg (CFO) har bekräftat en budget på 500\u00a0000\u00a0SEK.');
    const missing = scoreLens({ ...buildDeal({ account: 'Norrsken AB' }), stakeholders: [], relations: [] }, 'meddpicc', { asOf: AS_OF }).criteria;
    const next = missing.find((criterion) => criterion.code === 'paper-process')?.nextStep;
    expect(next === null || next === undefined ? '' : renderMessage(dealmapIntl('sv'), next)).toBe(
      'Fråga din kontakt vilka steg avtalsprocessen på Norrsken AB går igenom, vem som tar varje steg och när.',
    );
  });

  it('keep English as it read before the catalogs', () => {
    const english = dealmapIntl('en');
    const card = scoreLens(withEveryPlaceholder(buildFullyQualifiedDeal()), 'meddpicc', { asOf: AS_OF });
    const texts = card.criteria.flatMap((criterion) => criterion.evidence.map((item) => renderMessage(english, item.message)));
    expect(texts).toContain('2 steps: "Security review" on 2026-11-10, done; "Contract signed" on 2027-02-01.');
    expect(texts).toContain('To be confirmed: Eva Berg\'s personal stake is "Wants the CFO role in the group", a placeholder until someone at Northwind AB answers.');
    const pending = card.criteria.find((criterion) => criterion.code === 'metrics')?.nextStep;
    expect(pending === null || pending === undefined ? '' : renderMessage(english, pending)).toBe("Replace the placeholder with the customer's own answer, then confirm.");
  });

  it('treat names as data: "constructor", "__proto__" and braces pass through untouched', () => {
    const names = ['constructor', '__proto__', '{account}', 'Sakura Retail K.K.'];
    const deal = buildDeal({
      account: 'Sakura Retail K.K.',
      stakeholders: names.map((name, index) =>
        index === 0 ? decisionMaker({ id: `p${index}`, name, stance: 'unknown', interest: 'none' }) : stakeholder({ id: `p${index}`, name, interest: 'general-info' }),
      ),
      relations: [],
    });
    for (const language of LANGUAGES) {
      const intl = dealmapIntl(language);
      const texts = lensMessages(deal).map((ref) => renderMessage(intl, ref));
      const all = texts.join('\n');
      for (const name of names) expect(all).toContain(name);
      expect(texts.filter((text) => text.endsWith('K.K..'))).toEqual([]);
    }
  });

  it('reach the lens gaps whole: a missing criterion\'s evidence and next step render inside the gap', () => {
    for (const language of LANGUAGES) {
      const intl = dealmapIntl(language);
      for (const deal of deals.slice(0, 40)) {
        for (const gap of qualifyDeal(deal, { asOf: AS_OF }).gaps.filter((item) => item.lensCriterion !== undefined)) {
          for (const text of [renderMessage(intl, gap.message), renderMessage(intl, gap.nextAction)]) expect(text).not.toMatch(/[{}]|\.\.$/);
        }
      }
    }
  });
});
