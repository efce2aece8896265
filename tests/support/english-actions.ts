// Next best actions and review changes rendered in English, so tests compare the words a reader sees.
import type { ActionCandidate } from '../../shared/actions';
import type { DealChange } from '../../shared/review';
import { inEnglish } from './english-gaps';

type Englished<T, K extends keyof T> = Omit<T, K> & { readonly [P in K]: string };

/** The action with its title and why (when it has one) in English; `asks` keeps its move and field. */
export function englishAction<A extends ActionCandidate & { readonly why?: unknown }>(action: A): Englished<A, 'title'> & { readonly why?: string } {
  const why = action.why;
  return {
    ...action,
    title: inEnglish(action.title),
    ...(why === undefined ? {} : { why: inEnglish(why as Parameters<typeof inEnglish>[0]) }),
    ...(action.asks === undefined ? {} : { asks: { ...action.asks, label: inEnglish(action.asks.label) } }),
  };
}

/** Each kind of change with its line as English text; distributive, so `kind` still narrows. */
export type EnglishChange<C = DealChange> = C extends DealChange ? Omit<C, 'line'> & { readonly text: string } : never;

/** The change with its line in English, under the name `text` the tests have always read. */
export function englishChange(change: DealChange): EnglishChange {
  const { line, ...rest } = change;
  return { ...rest, text: inEnglish(line) } as EnglishChange;
}
