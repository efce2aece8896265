// A labelled amount input that keeps what is typed (1234.0, 5e) until it reads as an amount (use-typed-number).
import { useId } from 'react';
import { amountText, parseAmount } from '../panel/number-input';
import { useTypedNumber, type TypedNumberFormat } from './use-typed-number';
import { useT } from '../i18n/use-t';

interface AmountFieldProps {
  readonly label: string;
  /** The amount held by the deal; undefined or null when not given. */
  readonly value: number | null | undefined;
  /** Called with each complete amount typed, and undefined when the field is emptied. */
  readonly onChange: (value: number | undefined) => void;
  readonly placeholder?: string;
  readonly className?: string;
}

const AMOUNT_FORMAT: TypedNumberFormat<number | null | undefined> = { text: amountText, parse: parseAmount };

export function AmountField({ label, value, onChange, placeholder, className }: AmountFieldProps) {
  const id = useId();
  const errorId = useId();
  const t = useT();
  const { text, invalid, onInput } = useTypedNumber<number | null | undefined>(value, AMOUNT_FORMAT, (amount) => onChange(amount ?? undefined));
  const error = invalid ? t('app.amount.invalid') : null;

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
        onChange={onInput}
      />
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
