// A labelled amount input that keeps what is typed (1234.0, 5e) until it reads as an amount.
import { useId, useState } from 'react';
import { amountText, parseAmount } from '../panel/number-input';

interface AmountFieldProps {
  readonly label: string;
  /** The amount held by the deal; undefined or null when not given. */
  readonly value: number | null | undefined;
  /** Called with each complete amount typed, and undefined when the field is emptied. */
  readonly onChange: (value: number | undefined) => void;
  readonly placeholder?: string;
  readonly className?: string;
}

/**
 * The field's own text is the source while typing: rewriting it from the parsed number turned
 * "1234.0" into "1234", so typing 1234.05 gave 12345. It follows the deal again when the amount
 * changes from elsewhere (undo, another deal).
 */
export function AmountField({ label, value, onChange, placeholder, className }: AmountFieldProps) {
  const id = useId();
  const errorId = useId();
  const [text, setText] = useState(() => amountText(value));
  const [invalid, setInvalid] = useState(false);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    const typed = parseAmount(text);
    if (invalid || typed === 'invalid' || (typed ?? null) !== (value ?? null)) {
      setText(amountText(value));
      setInvalid(false);
    }
  }
  const error = invalid ? 'Enter an amount of 0 or more, like 250000 or 1234.50.' : null;

  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={0}
        step="any"
        value={text}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => {
          const raw = event.target.value;
          setText(raw);
          // A number input reads "" for text that is not a number yet ("5e", "-"): not a clearing.
          const amount = event.target.validity.badInput ? 'invalid' : parseAmount(raw);
          setInvalid(amount === 'invalid');
          if (amount !== 'invalid') onChange(amount);
        }}
      />
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
