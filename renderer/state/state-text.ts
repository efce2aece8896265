// A sentence the stores keep for the screen, rendered in the language chosen when it happened (as the client's errors are).
import { dealmapIntl, messageRef, renderMessage, type Language, type MessageValue } from '../../shared/i18n';

/** The language the user picked, read at each failure; English where no one says. */
export type ChosenLanguage = () => Language;

export const ENGLISH: ChosenLanguage = () => 'en';

export function stateText(language: ChosenLanguage, id: string, values?: Readonly<Record<string, MessageValue>>): string {
  return renderMessage(dealmapIntl(language()), messageRef(id, values));
}
