// Every word the pipeline charts print, from the catalogs in the language of the page or the pack.
import type { GapCode } from '../engine/types';
import { dealmapIntl, type DealmapIntl } from '../i18n/dealmap-intl';

export interface CountNoun {
  readonly one: string;
  readonly other: string;
}

export interface ChartWords {
  readonly intl: DealmapIntl;
  readonly deal: CountNoun;
  readonly openDeal: CountNoun;
  readonly say: (id: string, values?: Readonly<Record<string, string | number>>) => string;
  readonly more: (count: number) => string;
  readonly gapCode: (code: GapCode) => string;
}

const made = new WeakMap<DealmapIntl, ChartWords>();

/** The chart words of one formatter; English when none is given, as the exports were before they had a language. */
export function chartWords(intl: DealmapIntl = dealmapIntl('en')): ChartWords {
  const existing = made.get(intl);
  if (existing) return existing;
  const say = (id: string, values?: Readonly<Record<string, string | number>>) => intl.formatMessage({ id: `charts.${id}` }, values);
  const words: ChartWords = {
    intl,
    deal: { one: say('deal.one'), other: say('deal.other') },
    openDeal: { one: say('open-deal.one'), other: say('open-deal.other') },
    say,
    more: (count) => say('more', { count }),
    gapCode: (code) => intl.formatMessage({ id: `pipeline.gap-code.${code}` }),
  };
  made.set(intl, words);
  return words;
}
