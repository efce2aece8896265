// A labelled number input for a metric's baseline or target: any number, or empty for "not known yet".
import { useId, useState } from 'react';

interface QualificationNumberFieldProps {
  readonly label: string;
  readonly value: number | null;
  /** Called with each complete number typed, and null when the field is emptied. */
  readonly onChange: (value: number | null) => void;
  readonly className?: string;
}

function textOf(value: number | null): string {
  return value === null ? '' : String(value);
}

/** null for an empty field, undefined for text that is no number yet ("-", "1e"). */
function parse(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** As AmountField: the typed text is the source while typing ("1.0" stays), the deal's number otherwise. */
export function QualificationNumberField({ label, value, onChange, className }: QualificationNumberFieldProps) {
  const id = useId();
  const errorId = useId();
  const [text, setText] = useState(() => textOf(value));
  const [invalid, setInvalid] = useState(false);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    if (invalid || parse(text) !== value) {
      setText(textOf(value));
      setInvalid(false);
    }
  }
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        step="any"
        value={text}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(event) => {
          const raw = event.target.value;
          setText(raw);
          const parsed = event.target.validity.badInput ? undefined : parse(raw);
          setInvalid(parsed === undefined);
          if (parsed !== undefined) onChange(parsed);
        }}
      />
      {invalid && (
        <span id={errorId} className="field-error">
          Enter a number.
        </span>
      )}
    </div>
  );
}
