// A labelled number input for a metric's baseline or target: any number, or empty for "not known yet".
import { useId } from 'react';
import { useTypedNumber, type TypedNumberFormat } from '../components/use-typed-number';
import { useT } from '../i18n/use-t';

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

/** null for an empty field; text that is no number yet ("-", "1e") is 'invalid'. */
function parse(text: string): number | null | 'invalid' {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : 'invalid';
}

const NUMBER_FORMAT: TypedNumberFormat<number | null> = { text: textOf, parse };

/** As AmountField: the typed text is the source while typing ("1.0" stays), the deal's number otherwise. */
export function QualificationNumberField({ label, value, onChange, className }: QualificationNumberFieldProps) {
  const id = useId();
  const errorId = useId();
  const t = useT();
  const { text, invalid, onInput } = useTypedNumber(value, NUMBER_FORMAT, onChange);
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
        onChange={onInput}
      />
      {invalid && (
        <span id={errorId} className="field-error">
          {t('panel.q.enter-number')}
        </span>
      )}
    </div>
  );
}
