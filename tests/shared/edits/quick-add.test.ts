import { describe, expect, it } from 'vitest';
import { addPeople, parseQuickAdd } from '../../../shared/edits/quick-add';
import { dealmapIntl, renderMessage } from '../../../shared/i18n/dealmap-intl';
import { boxesOverlap } from '../../../shared/layout/layout-geometry';
import { completeLayout } from '../../../shared/layout/complete-layout';
import { buildDeal } from '../../support/deal-builder';

describe('parseQuickAdd', () => {
  it('reads typed lines: name, title, role and stance by id or label, in any case', () => {
    const { people, problems } = parseQuickAdd('Eva Berg, CFO, decision-maker, neutral\nSven Ek, IT Director, Influencer, SABOTEUR\nLena Sjö');
    expect(problems).toEqual([]);
    expect(people).toEqual([
      { name: 'Eva Berg', title: 'CFO', role: 'decision-maker', stance: 'neutral' },
      { name: 'Sven Ek', title: 'IT Director', role: 'influencer', stance: 'saboteur' },
      { name: 'Lena Sjö', title: '', role: 'unknown', stance: 'unknown' },
    ]);
  });

  it('reads rows pasted from a spreadsheet, skipping the heading row, with a department', () => {
    const pasted = 'Name\tTitle\tRole\tStance\tDepartment\r\nKarin Holm\tGroup Controller\tInitiator\tChampion\tFinance\r\n\r\nOla Lund\tAnalyst\tDecision maker\tStance unknown\t\r\n';
    expect(parseQuickAdd(pasted)).toEqual({
      people: [
        { name: 'Karin Holm', title: 'Group Controller', role: 'initiator', stance: 'champion', department: 'Finance' },
        { name: 'Ola Lund', title: 'Analyst', role: 'decision-maker', stance: 'unknown' },
      ],
      problems: [],
    });
  });

  it('reads Swedish role and stance words and short forms as well as English, with or without å, ä and ö', () => {
    const typed = [
      'Eva Berg, ekonomichef, beslutsfattare, skeptisk',
      'Sven Ek, IT-chef, Påverkare, SABOTÖR, IT',
      'Ola Lund, analytiker, anvandare, positiv',
      'Karin Holm, inköpschef, inköpare, ambassadör',
      'Per Ek, växel, grindvakt, okänd hållning',
      'Ida Ek, vd, bf, förespråkare',
      'Jan Ek, CTO, decision-maker, skeptiker',
    ].join('\n');
    const { people, problems } = parseQuickAdd(typed);
    expect(problems).toEqual([]);
    expect(people.map(({ role, stance }) => [role, stance])).toEqual([
      ['decision-maker', 'skeptic'],
      ['influencer', 'saboteur'],
      ['user', 'supporter'],
      ['buyer', 'champion'],
      ['gatekeeper', 'unknown'],
      ['decision-maker', 'supporter'],
      ['decision-maker', 'skeptic'],
    ]);
    expect(parseQuickAdd('Namn\tTitel\tRoll\nEva Berg\tCFO\tBeslutsfattare').people).toEqual([{ name: 'Eva Berg', title: 'CFO', role: 'decision-maker', stance: 'unknown' }]);
  });

  it('names the line, the field and the words it accepts for what it cannot read, and keeps the rest', () => {
    const { people, problems } = parseQuickAdd('Eva Berg, CFO, boss, neutral\n, CTO\nJo Ek, CTO, user, grumpy');
    expect(people).toEqual([]);
    expect(problems.map((problem) => renderMessage(dealmapIntl('en'), problem))).toEqual([
      'Line 1 (“Eva Berg, CFO, boss, neutral”): role “boss” is not one of decision-maker, influencer, user, gatekeeper, buyer, initiator or unknown.',
      'Line 2 (“, CTO”): the name is missing; write the name first.',
      'Line 3 (“Jo Ek, CTO, user, grumpy”): stance “grumpy” is not one of champion, supporter, neutral, skeptic, saboteur or unknown.',
    ]);
  });

  it('says the same problems in Swedish, offering the Swedish words', () => {
    const { problems } = parseQuickAdd('Eva Berg, CFO, chef, neutral\n, CTO\nJo Ek, CTO, användare, sur');
    expect(problems.map((problem) => renderMessage(dealmapIntl('sv'), problem))).toEqual([
      'Rad 1 (”Eva Berg, CFO, chef, neutral”): rollen ”chef” känns inte igen. Skriv beslutsfattare, påverkare, användare, grindvakt, inköpare, initiativtagare eller okänd.',
      'Rad 2 (”, CTO”): namnet saknas. Skriv namnet först.',
      'Rad 3 (”Jo Ek, CTO, användare, sur”): inställningen ”sur” känns inte igen. Skriv ambassadör, förespråkare, neutral, skeptiker, sabotör eller okänd.',
    ]);
  });
});

describe('addPeople', () => {
  it('adds everyone with their own id, each on a free spot', () => {
    const { people } = parseQuickAdd('Eva Berg, CFO, decision-maker, neutral\nEva Lund, CTO, user, supporter\nPer Ek');
    const { deal, ids } = addPeople(buildDeal({ stakeholders: [], relations: [] }), people);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    expect(deal.stakeholders.map((s) => s.name)).toEqual(['Eva Berg', 'Eva Lund', 'Per Ek']);
    const layout = Object.values(completeLayout(deal));
    layout.forEach((a, i) => layout.slice(i + 1).forEach((b) => expect(boxesOverlap(a, b)).toBe(false)));
  });
});
