// The test DOM lays nothing out: the deal list's scroll container is given a browser's answers (tall content, a 600px view).
import { afterAll, beforeAll } from 'vitest';

const VIEW = 600;
/** Taller than any test's list: the virtualizer clamps its scrolls to what the container can scroll. */
const CONTENT = 10_000_000;

function isDealListScroller(element: Element): boolean {
  return element.classList.contains('deal-list-scroll');
}

/** For a test file: while it runs, `.deal-list-scroll` answers scrollHeight and clientHeight as a laid-out one would. */
export function emulateDealListLayout(): void {
  const scrollHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollHeight');
  const clientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight');
  beforeAll(() => {
    Object.defineProperty(Element.prototype, 'scrollHeight', {
      configurable: true,
      get(this: Element) {
        return isDealListScroller(this) ? CONTENT : (scrollHeight?.get?.call(this) as number);
      },
    });
    Object.defineProperty(Element.prototype, 'clientHeight', {
      configurable: true,
      get(this: Element) {
        return isDealListScroller(this) ? VIEW : (clientHeight?.get?.call(this) as number);
      },
    });
  });
  afterAll(() => {
    if (scrollHeight) Object.defineProperty(Element.prototype, 'scrollHeight', scrollHeight);
    if (clientHeight) Object.defineProperty(Element.prototype, 'clientHeight', clientHeight);
  });
}
