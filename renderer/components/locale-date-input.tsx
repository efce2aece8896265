// One date input for the whole app: the date as the chosen locale writes it, ISO inside (data-iso).
import { useId, useState } from 'react';
import { formatIsoDate, parseLocaleDate } from '../i18n/locale-format';
import { useDealmapIntl } from '../i18n/language-context';
import { useT } from '../i18n/use-t';

export interface LocaleDateInputProps {
  /** An ISO date (YYYY-MM-DD), or '' for none. */
  readonly value: string;
  /** Called with an ISO date, or '' when the field is cleared. */
  readonly onChange: (iso: string) => void;
  readonly id?: string;
  readonly className?: string;
  readonly 'aria-label'?: string;
  readonly 'aria-describedby'?: string;
}

/** A text input, not `type=date`, whose picker would show the browser's own mm/dd/yyyy. */
export function LocaleDateInput({ value, onChange, id, className, 'aria-label': ariaLabel, 'aria-describedby': describedBy }: LocaleDateInputProps) {
  const intl = useDealmapIntl();
  const t = useT();
  const errorId = useId();
  const shown = value === '' ? '' : formatIsoDate(intl, value);
  const [text, setText] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  const [seen, setSeen] = useState(shown);
  // A new value from outside (another deal, another language) replaces what is typed.
  if (seen !== shown) {
    setSeen(shown);
    setText(shown);
    setInvalid(false);
  }
  const take = (next: string) => {
    setText(next);
    if (next.trim() === '') {
      setInvalid(false);
      if (value !== '') onChange('');
      return;
    }
    const iso = parseLocaleDate(intl, next);
    if (iso === null) return;
    setInvalid(false);
    if (iso !== value) onChange(iso);
  };
  const check = () => {
    if (text.trim() === '') return;
    const iso = parseLocaleDate(intl, text);
    if (iso === null) setInvalid(true);
    else setText(formatIsoDate(intl, iso));
  };
  const describedByAll = [describedBy, invalid ? errorId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <span className={`locale-date ${className ?? ''}`}>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        className="locale-date-input"
        data-iso={value}
        value={text}
        placeholder={t('app.date.pattern')}
        aria-label={ariaLabel}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedByAll}
        onChange={(event) => take(event.target.value)}
        onBlur={check}
      />
      {invalid && (
        <span id={errorId} className="field-error">
          {t('app.date.invalid', { pattern: t('app.date.pattern') })}
        </span>
      )}
    </span>
  );
}

interface DateFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (iso: string) => void;
  readonly className?: string;
}

/** A labelled date field, laid out like TextField. */
export function DateField({ label, value, onChange, className }: DateFieldProps) {
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <LocaleDateInput id={id} value={value} onChange={onChange} />
    </div>
  );
}
