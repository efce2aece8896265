// The short way a component says a catalog message in the chosen language: `t('deals.new')`.
import { createElement, Fragment, useCallback, type ReactNode } from 'react';
import type { IntlShape } from '@formatjs/intl';
import type { MessageRef } from '../../shared/i18n';
import { renderMessage } from '../../shared/i18n';
import { useDealmapIntl } from './language-context';

export type MessageValues = Readonly<Record<string, string | number>>;
export type Translate = (id: string, values?: MessageValues) => string;

/** Catalog keys are checked by the parity test and by FormatJS, which throws on a missing key. */
export function useT(): Translate {
  const intl = useDealmapIntl();
  return useCallback((id: string, values?: MessageValues) => intl.formatMessage({ id }, values), [intl]);
}

export type RichValues = Readonly<Record<string, string | number | ReactNode | ((chunks: ReactNode[]) => ReactNode)>>;

/** A message with markup (`<strong>{deal}</strong>`), its tags rendered by the functions in `values`. */
export function useRichT(): (id: string, values: RichValues) => ReactNode {
  const intl = useDealmapIntl();
  return useCallback(
    // The same formatter, typed for React nodes: FormatJS returns the pieces as an array.
    (id: string, values: RichValues) => {
      const pieces = (intl as unknown as IntlShape<ReactNode>).formatMessage({ id }, values);
      // Spread as children, so React needs no keys for the pieces.
      return Array.isArray(pieces) ? createElement(Fragment, null, ...(pieces as ReactNode[])) : pieces;
    },
    [intl],
  );
}

/** Renders a message reference the engine or the store hands over; plain text (a name the catalogs lack) passes through. */
export function useRenderMessage(): (ref: MessageRef | string) => string {
  const intl = useDealmapIntl();
  return useCallback((ref: MessageRef | string) => (typeof ref === 'string' ? ref : renderMessage(intl, ref)), [intl]);
}
