// Defence in depth before printing: refuses page HTML with anything the review pack never emits that could load other content.

/** Elements that embed or load another document, script or stylesheet. */
const LOADING_ELEMENTS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'webview', 'link', 'script', 'base']);
/** Attributes holding one URL: allowed only for a `#fragment` or a `data:image/` picture. */
const URL_ATTRIBUTES = new Set(['src', 'href', 'action', 'formaction', 'poster', 'data', 'background', 'manifest', 'codebase', 'cite', 'longdesc', 'lowsrc', 'dynsrc', 'classid', 'usemap', 'icon', 'itemtype']);
/** Attributes holding several URLs: never allowed. */
const URL_LIST_ATTRIBUTES = new Set(['srcset', 'imagesrcset', 'ping', 'archive']);
/** CSS functions that take a URL without `url(`. */
const CSS_URL_FUNCTIONS = /(?:^|[^a-z0-9_-])(?:-webkit-)?(?:image-set|image|cross-fade|element|src)\(/;
const STYLE_END = /<\/style/gi;
const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  lpar: '(', rpar: ')', bsol: '\\', colon: ':', sol: '/', num: '#', commat: '@', period: '.',
  quot: '"', apos: "'", amp: '&', lt: '<', gt: '>', tab: '\t', newline: '\n',
};

interface Tag {
  readonly name: string;
  readonly attributes: readonly (readonly [string, string])[];
  /** Index just past the tag's `>`. */
  readonly end: number;
}

const isSpace = (char: string) => char === ' ' || char === '\t' || char === '\n' || char === '\f' || char === '\r';

/** Reads a tag from just past its `<` as the HTML tokenizer does: quotes bind only in attribute values. Null if it never ends. */
function readTag(html: string, start: number): Tag | null {
  let index = start;
  while (index < html.length && !isSpace(html.charAt(index)) && html.charAt(index) !== '/' && html.charAt(index) !== '>') index += 1;
  const name = html.slice(start, index).toLowerCase();
  const attributes: [string, string][] = [];
  while (index < html.length) {
    const char = html.charAt(index);
    if (char === '>') return { name, attributes, end: index + 1 };
    if (isSpace(char) || char === '/') {
      index += 1;
      continue;
    }
    const nameStart = index;
    index += 1; // A first `=` belongs to the name.
    while (index < html.length && !isSpace(html.charAt(index)) && !'/>='.includes(html.charAt(index))) index += 1;
    const attribute = html.slice(nameStart, index).toLowerCase();
    while (isSpace(html.charAt(index))) index += 1;
    if (html.charAt(index) !== '=') {
      attributes.push([attribute, '']);
      continue;
    }
    index += 1;
    while (isSpace(html.charAt(index))) index += 1;
    const quote = html.charAt(index);
    let value: string;
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, index + 1);
      if (close < 0) return null;
      value = html.slice(index + 1, close);
      index = close + 1;
    } else {
      const valueStart = index;
      while (index < html.length && !isSpace(html.charAt(index)) && html.charAt(index) !== '>') index += 1;
      value = html.slice(valueStart, index);
    }
    attributes.push([attribute, value]);
  }
  return null;
}

/** Character references as the browser decodes them in attribute values and SVG text (the ones that can spell a URL). */
function decodeReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
    }
    return NAMED_REFERENCES[body.toLowerCase()] ?? whole;
  });
}

/** A URL the page may hold: a fragment of itself or an inline picture. */
function isInlineUrl(url: string): boolean {
  // A URL parser drops leading control characters and spaces first.
  let start = 0;
  while (start < url.length && url.charCodeAt(start) <= 0x20) start += 1;
  const trimmed = url.slice(start).toLowerCase();
  return trimmed.startsWith('#') || trimmed.startsWith('data:image/');
}

/** What in a piece of CSS could load something, or null. `escapes`: CSS escapes could spell a URL past these checks. */
function cssProblem(css: string, escapes: boolean): string | null {
  const lower = css.toLowerCase();
  if (escapes && lower.includes('\\')) return 'uses CSS escapes';
  if (lower.includes('@import')) return 'imports a stylesheet';
  for (const match of lower.matchAll(/url\(\s*['"]?/g)) {
    if (!isInlineUrl(lower.slice(match.index + match[0].length))) return 'has a url( pointing outside the page';
  }
  return CSS_URL_FUNCTIONS.test(lower) ? 'has a CSS image function that could load a URL' : null;
}

function attributeProblem(element: string, [name, raw]: readonly [string, string]): string | null {
  if (URL_LIST_ATTRIBUTES.has(name)) return `has a ${name} attribute`;
  if ((URL_ATTRIBUTES.has(name) || name.endsWith(':href')) && !isInlineUrl(raw)) return `has ${name}= pointing outside the page`;
  const value = decodeReferences(raw);
  if (element === 'meta' && name === 'http-equiv' && value.trim().toLowerCase() !== 'content-security-policy') {
    return `has <meta http-equiv="${value.trim()}">`;
  }
  // Text for people (labels, ids) may hold anything; any other attribute may be read as CSS.
  if (name.startsWith('aria-') || name.startsWith('data-') || ['alt', 'title', 'id', 'class', 'lang', 'content'].includes(name)) return null;
  return cssProblem(value, name === 'style' || value.includes('('));
}

/**
 * Why `html` may not be printed ("its <img> has src= pointing outside the page"), or null. Tag-aware, so a note that mentions "url(s)" in the text
 * passes; comments and declarations other than the doctype are refused, since they hide markup.
 */
export function printableHtmlProblem(html: string): string | null {
  let index = 0;
  for (;;) {
    const open = html.indexOf('<', index);
    if (open < 0) return null;
    const next = html.charAt(open + 1);
    if (next === '!') {
      const doctype = /^<!doctype\s+html\s*>/i.exec(html.slice(open, open + 32));
      if (!doctype) return 'it holds a comment or a declaration';
      index = open + doctype[0].length;
      continue;
    }
    if (next === '?') return 'it holds a processing instruction';
    const nameStart = open + (next === '/' ? 2 : 1);
    if (!/[a-z]/i.test(html.charAt(nameStart))) {
      index = open + 1;
      continue;
    }
    const tag = readTag(html, nameStart);
    if (tag === null) return 'it ends inside a tag';
    if (LOADING_ELEMENTS.has(tag.name)) return `it holds <${tag.name}>, which could load other content`;
    for (const attribute of tag.attributes) {
      const problem = attributeProblem(tag.name, attribute);
      if (problem !== null) return `its <${tag.name}> ${problem}`;
    }
    index = tag.end;
    if (tag.name === 'style' && next !== '/') {
      STYLE_END.lastIndex = index;
      const close = STYLE_END.exec(html)?.index ?? -1;
      if (close < 0) return 'it ends inside <style>';
      const css = html.slice(index, close);
      // Inside SVG a style element's content is markup, with references decoded: neither may hide a URL.
      if (css.includes('<')) return 'its <style> holds markup';
      const problem = cssProblem(decodeReferences(css), true);
      if (problem !== null) return `its <style> ${problem}`;
      index = close;
    }
  }
}
