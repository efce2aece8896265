// A number field's text while typing: what is typed stays ("1234.0", "5e") until the value changes elsewhere.
import { useState, type ChangeEvent } from 'react';

/** `parse` answers the number (or a cleared value) for complete text, and 'invalid' for text that is not one yet. */
export interface TypedNumberFormat<V> {
  readonly text: (value: V) => string;
  readonly parse: (text: string) => V | 'invalid';
}

/**
 * The field's own text is the source while typing: rewriting it from the parsed number turned
 * "1234.0" into "1234", so typing 1234.05 gave 12345. It follows `value` again when that changes
 * from elsewhere (undo, another deal). `onChange` gets each complete value typed.
 */
export function useTypedNumber<V>(value: V, format: TypedNumberFormat<V>, onChange: (value: V) => void) {
  const [text, setText] = useState(() => format.text(value));
  const [invalid, setInvalid] = useState(false);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    const typed = format.parse(text);
    if (invalid || typed === 'invalid' || typed !== value) {
      setText(format.text(value));
      setInvalid(false);
    }
  }
  const onInput = (event: ChangeEvent<HTMLInputElement>) => {
    const raw = event.target.value;
    setText(raw);
    // A number input reads "" for text that is not a number yet ("5e", "-"): not a clearing.
    const parsed = event.target.validity.badInput ? 'invalid' : format.parse(raw);
    setInvalid(parsed === 'invalid');
    if (parsed !== 'invalid') onChange(parsed);
  };
  return { text, invalid, onInput };
}
