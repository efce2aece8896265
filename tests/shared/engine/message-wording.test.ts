import { describe, expect, it } from 'vitest';
import { endSentence, joinWithAnd } from '../../../shared/engine/message-text';
import { dealmapIntl, messageRef, orList, renderMessage } from '../../../shared/i18n';
import { describeStakeholder } from '../../../shared/engine/stakeholder-names';
import { buildDeal, decisionMaker, influences, stakeholder } from '../../support/deal-builder';
import { qualify } from './qualify-helpers';

/** The deepest nesting of round brackets in a text. */
function bracketDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const char of text) {
    if (char === '(') deepest = Math.max(deepest, (depth += 1));
    if (char === ')') depth -= 1;
  }
  return deepest;
}

describe('naming stakeholders', () => {
  it('puts the title in brackets, turning brackets inside the title into commas', () => {
    const named = (title: string | undefined) => describeStakeholder(stakeholder({ id: 'k', name: 'Dr. Klaus Brandt', title }));
    expect(named('Plant Director (Werkleiter)')).toBe('Dr. Klaus Brandt (Plant Director, Werkleiter)');
    expect(named('CIO (DSI) Paris')).toBe('Dr. Klaus Brandt (CIO, DSI, Paris)');
    expect(named('VP (Sales), EMEA')).toBe('Dr. Klaus Brandt (VP, Sales, EMEA)');
    expect(named('(interim) CFO')).toBe('Dr. Klaus Brandt (interim, CFO)');
    expect(named('CFO')).toBe('Dr. Klaus Brandt (CFO)');
    expect(named('  ')).toBe('Dr. Klaus Brandt');
    expect(named('()')).toBe('Dr. Klaus Brandt');
    expect(named(undefined)).toBe('Dr. Klaus Brandt');
  });

  it('joins lists with "and" or "or"', () => {
    expect(joinWithAnd(['A'])).toBe('A');
    expect(joinWithAnd(['A', 'B', 'C'])).toBe('A, B and C');
    expect(joinWithAnd([])).toBe('');
    // "or" lists are message values now, joined by the reader's locale.
    const either = messageRef('coaching.no-ally-path.1', { names: orList(['Eva', 'Per']) });
    expect(renderMessage(dealmapIntl('en'), either)).toBe('Who on our side can get time with Eva or Per?');
    expect(renderMessage(dealmapIntl('sv'), either)).toBe('Vem på din sida kan få tid med Eva eller Per?');
  });
});

describe('ending sentences', () => {
  it('adds one full stop, never a second one after a name or quote that ends with one', () => {
    expect(endSentence('Ask Eva Berg')).toBe('Ask Eva Berg.');
    expect(endSentence('Work out what the purchase saves Sakura Retail K.K.')).toBe(
      'Work out what the purchase saves Sakura Retail K.K.',
    );
    expect(endSentence('The need: "Queues are too long."')).toBe('The need: "Queues are too long."');
    expect(endSentence('The need: "Queues are too long"')).toBe('The need: "Queues are too long".');
    expect(endSentence('Who signs off?  ')).toBe('Who signs off?');
    expect(endSentence('Reach to Eva Berg: 8 (against none)')).toBe('Reach to Eva Berg: 8 (against none).');
  });
});

describe('gap messages on a deal whose names end with full stops and whose titles have brackets', () => {
  const deal = buildDeal({
    account: 'Sakura Retail K.K.',
    need: { confirmed: false, summary: 'Queues at the tills are too long.' },
    stakeholders: [
      stakeholder({ id: 'yuki', name: 'Yuki Sato', title: 'Head of Stores (Kansai)', interest: 'general-info' }),
      stakeholder({ id: 'sam', name: 'Sam Jones Jr.', title: 'Store Manager (Osaka)', influence: 4 }),
      decisionMaker({ id: 'ken', name: 'Ken Ito Sr.', title: 'President (Shachō)', stance: 'unknown', lastContact: null }),
      stakeholder({ id: 'aki', name: 'Aki Mori', title: 'CIO (IT)', stance: 'saboteur', influence: 4 }),
    ],
    relations: [influences('aki', 'ken', 3, 'r1')],
  });

  it('reads as sentences: one full stop at the end, no "K.K..", no brackets inside brackets', () => {
    const { gaps } = qualify(deal);
    expect(gaps.length).toBeGreaterThanOrEqual(9);
    for (const text of gaps.flatMap((gap) => [gap.message, gap.nextAction])) {
      expect(text).toMatch(/[.!?]"?$/);
      expect(text).not.toMatch(/\.\./);
      expect(bracketDepth(text)).toBeLessThanOrEqual(1);
    }
  });

  it('says each of them in plain words', () => {
    const byCode = new Map(qualify(deal).gaps.map((gap) => [gap.code, gap]));
    expect(byCode.get('need-unconfirmed')?.message).toBe(
      'Sakura Retail K.K. has not confirmed the need yet: "Queues at the tills are too long."',
    );
    expect(byCode.get('single-threaded')?.nextAction).toBe('Ask Yuki Sato to introduce you to Sam Jones Jr.');
    expect(byCode.get('no-savings-case')?.nextAction).toBe(
      'Work out with Yuki Sato what the purchase saves Sakura Retail K.K., on the price and in indirect costs.',
    );
    expect(byCode.get('decision-maker-stance-unknown')?.message).toBe(
      'Ken Ito Sr. (President, Shachō) is a decision-maker, but nobody knows yet where they stand on this deal.',
    );
    expect(byCode.get('saboteur-unchecked')?.message).toBe(
      'Aki Mori (CIO, IT) works against the deal and has more sway over Ken Ito Sr. (President, Shachō) than ' +
        'any supporter or champion. Reach to Ken Ito Sr.: 12 against none (reach = influence × the weakest link of the path).',
    );
    expect(byCode.get('no-ally-path')?.nextAction).toBe('Win a champion who influences Ken Ito Sr., or win Ken Ito Sr. over.');
  });

  it('asks through the account when a won deal has nobody on our side to ask for referrals', () => {
    const won = qualify({ ...deal, status: 'won', account: 'Acme Inc.' });
    expect(won.gaps.map((gap) => gap.message)).toEqual(['Acme Inc. is a customer now, but no referral has been recorded.']);
    expect(won.gaps[0]?.nextAction).toBe(
      'Ask your contact at Acme Inc. who else might have the same need, and record the referrals on the deal.',
    );
  });
});
