// The argument names an ICU message asks for, read from its parsed form (plural `#` is not one).
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

export function argumentNames(elements: readonly MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentNames(option.value, into);
    }
    if (element.type === TYPE.tag) argumentNames(element.children, into);
  }
  return into;
}

export function messageArguments(message: string): string[] {
  return [...argumentNames(parse(message))].sort();
}
