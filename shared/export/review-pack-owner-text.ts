// The one-to-one pack's own words: a catalog key and its values rendered in the pack's language.
import { renderMessage, type DealmapIntl } from '../i18n/dealmap-intl';
import { messageRef, type MessageValue } from '../i18n/message-ref';

export function packText(intl: DealmapIntl, id: string, values?: Readonly<Record<string, MessageValue>>): string {
  return renderMessage(intl, messageRef(id, values));
}
