// A small XML well-formedness check for tests in Node (no DOM there): balanced tags, quoted attributes, known entities.

const NAME = '[A-Za-z_][\\w.:-]*';
const ATTRIBUTE = new RegExp(`\\s+(${NAME})\\s*=\\s*("[^"<&]*(?:&(?:amp|lt|gt|quot|apos|#\\d+|#x[0-9a-fA-F]+);[^"<&]*)*"|'[^'<&]*(?:&(?:amp|lt|gt|quot|apos|#\\d+|#x[0-9a-fA-F]+);[^'<&]*)*')`, 'y');
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;

/** Problems found, empty when `xml` is one well-formed element (with an optional XML declaration). */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  let roots = 0;
  let at = xml.startsWith('<?xml') ? xml.indexOf('?>') + 2 : 0;
  while (at < xml.length) {
    const char = xml[at];
    if (char === '&') {
      ENTITY.lastIndex = at;
      if (!ENTITY.test(xml)) problems.push(`bare & at ${at}: ${xml.slice(at, at + 12)}`);
      at += 1;
      continue;
    }
    if (char !== '<') {
      if (open.length === 0 && !/\s/.test(char ?? '')) problems.push(`text outside the root at ${at}`);
      at += 1;
      continue;
    }
    const close = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(xml.slice(at));
    if (close) {
      const expected = open.pop();
      if (expected !== close[1]) problems.push(`</${close[1]}> closes <${expected ?? 'nothing'}> at ${at}`);
      at += close[0].length;
      continue;
    }
    const name = new RegExp(`^<(${NAME})`).exec(xml.slice(at));
    if (!name?.[1]) {
      problems.push(`bad markup at ${at}: ${xml.slice(at, at + 20)}`);
      at += 1;
      continue;
    }
    if (open.length === 0) roots += 1;
    at += name[0].length;
    const seen = new Set<string>();
    for (;;) {
      ATTRIBUTE.lastIndex = at;
      const attribute = ATTRIBUTE.exec(xml);
      if (!attribute) break;
      if (seen.has(attribute[1] ?? '')) problems.push(`attribute ${attribute[1]} twice at ${at}`);
      seen.add(attribute[1] ?? '');
      at = ATTRIBUTE.lastIndex;
    }
    const end = /^\s*(\/?)>/.exec(xml.slice(at));
    if (!end) {
      problems.push(`unterminated <${name[1]}> at ${at}: ${xml.slice(at, at + 20)}`);
      break;
    }
    if (end[1] !== '/') open.push(name[1]);
    at += end[0].length;
  }
  if (open.length > 0) problems.push(`unclosed: ${open.join(' > ')}`);
  if (roots !== 1) problems.push(`expected one root element, found ${roots}`);
  return problems;
}

/** The text content of the XML, entities decoded: what a reader of the picture sees. */
export function xmlText(xml: string): string {
  return xml
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
