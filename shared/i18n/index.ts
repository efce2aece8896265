// Dealmap's languages: message references, catalogs and the formatter every front end renders with.
export { LANGUAGES, INTL_LOCALES, isLanguage, pickLanguage, type Language } from './languages';
export { messageRef, orList, sameMessage, isMessageRef, isListValue, type ListValue, type MessageRef, type MessageValue, type RenderedMessage } from './message-ref';
export { CATALOGS } from './catalogs';
export { dealmapIntl, renderMessage, renderedMessage, type DealmapIntl } from './dealmap-intl';
