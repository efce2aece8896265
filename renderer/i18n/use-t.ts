// The short way a component says a catalog message in the chosen language: `t('deals.new')`.
import { useCallback } from 'react';
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

/** Renders a message reference the engine or the store hands over. */
export function useRenderMessage(): (ref: MessageRef) => string {
  const intl = useDealmapIntl();
  return useCallback((ref: MessageRef) => renderMessage(intl, ref), [intl]);
}
