// Every message reference inside one: itself and each one nested in its values, lists included.
import { isListValue, isMessageRef, type MessageRef } from '../../../shared/i18n';

export function allRefs(ref: MessageRef, into: MessageRef[] = []): MessageRef[] {
  into.push(ref);
  for (const value of Object.values(ref.values ?? {})) {
    const items = isListValue(value) ? value.items : Array.isArray(value) ? value : [value];
    for (const item of items) if (isMessageRef(item)) allRefs(item, into);
  }
  return into;
}
