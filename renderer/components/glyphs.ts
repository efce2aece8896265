// Symbols the UI draws beside words (never instead of them): no language has its own.
export const CLOSE_GLYPH = '✕';
export const ARROW_GLYPH = '→';
export const SEPARATOR = ' · ';
export const ELLIPSIS = '…';
/** A space between two inline elements, where JSX would drop the whitespace. */
export const SPACE = ' ';
