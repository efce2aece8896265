// Rendering a message reference: nested messages, lists joined by the locale, numbers per locale.
import { describe, expect, it } from 'vitest';
import { dealmapIntl, messageRef, orList, pickLanguage, renderMessage } from '../../../shared/i18n';

describe('renderMessage', () => {
  it('renders the same reference in each language', () => {
    const ref = messageRef('common.language.sv');
    expect(renderMessage(dealmapIntl('en'), ref)).toBe('Swedish');
    expect(renderMessage(dealmapIntl('sv'), ref)).toBe('Svenska');
  });

  it('joins lists as the locale joins them', () => {
    expect(dealmapIntl('sv').formatList(['Eva', 'Per', 'Anna'], { type: 'conjunction' })).toBe('Eva, Per och Anna');
    expect(dealmapIntl('en').formatList(['Eva', 'Per', 'Anna'], { type: 'conjunction' })).toBe('Eva, Per and Anna');
  });

  it('joins lists of any names, "__proto__" and "constructor" included, as plain text', () => {
    const ref = messageRef('engine.gap.decision-maker-unengaged.message', { decisionMakers: ['__proto__', 'constructor'], count: 2 });
    expect(renderMessage(dealmapIntl('en'), ref)).toBe(
      'No decision-maker has shown interest yet: __proto__ and constructor have not asked even for general information.',
    );
    expect(renderMessage(dealmapIntl('sv'), messageRef('coaching.no-ally-path.1', { names: orList(['__proto__', 'toString']) }))).toBe(
      'Vem på din sida kan få tid med __proto__ eller toString?',
    );
  });

  it('fails loudly on a key no catalog holds', () => {
    expect(() => renderMessage(dealmapIntl('en'), messageRef('no.such.key'))).toThrow();
  });
});

describe('pickLanguage', () => {
  it('takes the first candidate Dealmap speaks, else English', () => {
    expect(pickLanguage([undefined, 'sv_SE.UTF-8', 'en-US'])).toBe('sv');
    expect(pickLanguage(['de-DE', 'en-US'])).toBe('en');
    expect(pickLanguage(['fr', undefined])).toBe('en');
  });
});
