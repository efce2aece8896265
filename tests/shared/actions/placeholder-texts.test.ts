// Placeholders an action writes into a deal: English exactly as the engine writes them, Swedish with no English left, a typed value kept.
import { describe, expect, it } from 'vitest';
import { localizePlaceholderMoves } from '../../../shared/actions';
import { PLACEHOLDER_MESSAGE_IDS } from '../../../shared/actions/placeholder-texts';
import { CATALOGS, dealmapIntl, renderMessage, type MessageRef } from '../../../shared/i18n';
import type { WhatIfMove } from '../../../shared/whatif/what-if-move';
import { actionCorpusDeals, rankedUnderEveryLens } from '../../support/ranked-action-corpus';

/** Every ranked action's moves, each deal under every lens as default. */
const movesOfActions: (readonly WhatIfMove[])[] = rankedUnderEveryLens(actionCorpusDeals()).map(({ action }) => action.moves);

const english = dealmapIntl('en');
const swedish = dealmapIntl('sv');

/** Renders in `intl` and remembers which messages were asked for. */
function recorder(intl: ReturnType<typeof dealmapIntl>) {
  const seen: MessageRef[] = [];
  return { seen, render: (ref: MessageRef) => (seen.push(ref), renderMessage(intl, ref)) };
}

const ENGLISH_TEXTS = Object.keys(PLACEHOLDER_MESSAGE_IDS);

describe('placeholder texts', () => {
  it('hold the engine English words in the English catalog', () => {
    for (const [text, id] of Object.entries(PLACEHOLDER_MESSAGE_IDS)) expect(CATALOGS.en[id]).toBe(text);
    expect(CATALOGS.en['placeholders.referral']).toBe('Referral from {name}');
  });

  it('leave every action English byte for byte when the reader reads English', () => {
    const { seen, render } = recorder(english);
    for (const moves of movesOfActions) expect(JSON.stringify(localizePlaceholderMoves(moves, render))).toBe(JSON.stringify(moves));
    // The English run did rewrite: the messages behind every placeholder the actions make.
    const ids = new Set(seen.map((ref) => ref.id));
    expect([...ids].sort()).toEqual(
      [
        'placeholders.competitor-note',
        'placeholders.decision-criterion',
        'placeholders.decision-maker',
        'placeholders.decision-step',
        'placeholders.do-nothing',
        'placeholders.metric',
        'placeholders.new-contact',
        'placeholders.pain',
        'placeholders.paper-step',
        'placeholders.personal-stake',
        'placeholders.referral',
        'placeholders.referral-note',
        'placeholders.timeframe-event',
      ].sort(),
    );
  });

  it('write Swedish into every placeholder, leaving no English placeholder text', () => {
    const { render } = recorder(swedish);
    const written = JSON.stringify(movesOfActions.map((moves) => localizePlaceholderMoves(moves, render)));
    for (const text of ENGLISH_TEXTS) expect(written).not.toContain(JSON.stringify(text));
    expect(written).not.toContain('Referral from');
    expect(written).toContain('"Beslutsfattare (namnges)"');
    expect(written).toMatch(/"Referens från [^"]+"/);
  });

  it('keep a value a person typed, and moves without placeholders as they are', () => {
    const typed: WhatIfMove[] = [
      { kind: 'add-metric', text: 'Days to close the books', placeholders: ['text'] },
      { kind: 'add-referral', name: 'Nordic Freight, Karin Ek', placeholders: ['name'] },
      { kind: 'set-close-date', closeDate: '2027-03-31', placeholders: ['closeDate'] },
      { kind: 'set-stance', stakeholderId: 'eva', stance: 'champion' },
    ];
    const { seen, render } = recorder(swedish);
    expect(localizePlaceholderMoves(typed, render)).toEqual(typed);
    expect(seen).toEqual([]);
  });

  it('reads a placeholder only in the field the engine writes it to', () => {
    // A pain text that happens to read like the metric placeholder is the user's, not the engine's.
    const moves: WhatIfMove[] = [{ kind: 'set-pain', text: 'Metric (to be agreed with the customer)' }];
    expect(localizePlaceholderMoves(moves, (ref) => renderMessage(swedish, ref))).toEqual(moves);
  });
});
