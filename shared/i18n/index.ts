// Dealmap's languages: message references, catalogs and the formatter every front end renders with.
export { LANGUAGES, INTL_LOCALES, isLanguage, pickLanguage, type Language } from './languages';
export { messageRef, isMessageRef, type MessageRef, type MessageValue } from './message-ref';
export { CATALOGS } from './catalogs';
export { dealmapIntl, renderMessage, type DealmapIntl } from './dealmap-intl';
