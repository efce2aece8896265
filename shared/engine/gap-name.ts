// A gap named inside a sentence by its label in the reader's language, quoted: "Clears “No ally path”", never its code.
import { messageRef, type MessageRef } from '../i18n/message-ref';
import type { GapCode } from './types';

/** The label the pipeline table and charts show for the code (`pipeline.gap-code.*`), in quotes. */
export function gapName(code: GapCode): MessageRef {
  return messageRef('engine.gap-name', { gap: messageRef(`pipeline.gap-code.${code}`) });
}
