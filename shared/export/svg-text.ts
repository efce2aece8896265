// Text and number helpers for hand-built SVG and HTML: XML escaping, truncation to a width, stable numbers.

// XML 1.0 forbids these control characters even as entities; a name that carries one is still exported.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe inside an XML/HTML element or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN_XML_CHARS, '')
    .replace(LONE_SURROGATES, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A rough width of `text` in px at `fontSize`: no font metrics in pure code, so averages per character kind. */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const char of text) {
    if (/[ilj.,:;'|! ]/.test(char)) units += 0.32;
    else if (/[mwMW@]/.test(char)) units += 0.9;
    else if (/[A-Z0-9]/.test(char)) units += 0.7;
    else units += 0.6;
  }
  return units * fontSize * (bold ? 1.1 : 1);
}

/** `text` cut with an ellipsis so that it fits `maxWidth` px (estimated). */
export function fitText(text: string, maxWidth: number, fontSize: number, bold = false): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (estimateTextWidth(clean, fontSize, bold) <= maxWidth) return clean;
  const chars = [...clean];
  while (chars.length > 1 && estimateTextWidth(`${chars.join('')}…`, fontSize, bold) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** A coordinate with at most one decimal, so the same deal always gives the same bytes. */
export function num(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
