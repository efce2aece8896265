// Rendering a message reference: nested messages, lists joined by the locale, numbers per locale.
import { describe, expect, it } from 'vitest';
import { dealmapIntl, messageRef, pickLanguage, renderMessage } from '../../../shared/i18n';

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
