// A lens gap's label starts with its lens, as the lens is named, in both languages: "BANT: budget missing".
import { describe, expect, it } from 'vitest';
import { LENS_GAP_CODES } from '../../../shared/engine/types';
import { dealmapIntl, renderMessage } from '../../../shared/i18n/dealmap-intl';
import { messageRef } from '../../../shared/i18n/message-ref';
import { LENS_IDS } from '../../../shared/model/vocabulary';

describe.each(['en', 'sv'] as const)('lens gap labels in %s', (language) => {
  const intl = dealmapIntl(language);
  it.each(LENS_GAP_CODES)('%s reads "<lens>: <criterion> …"', (code) => {
    const lens = LENS_IDS.find((id) => code.startsWith(`${id}-`));
    if (lens === undefined) throw new Error(`${code} names no lens`);
    const label = renderMessage(intl, messageRef(`pipeline.gap-code.${code}`));
    expect(label.startsWith(`${renderMessage(intl, messageRef(`vocabulary.lens.${lens}`))}: `)).toBe(true);
    expect(label).toMatch(language === 'en' ? /: [a-z][a-z ]+ missing$/ : /: \S/);
  });
});
