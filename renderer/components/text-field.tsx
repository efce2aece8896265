// A labelled text, date, number or multi-line input; invalid when `error` is set.
import { useEffect, useId, useRef } from 'react';

interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly type?: 'text' | 'date' | 'number';
  readonly multiline?: boolean;
  readonly error?: string | null;
  readonly placeholder?: string;
  readonly className?: string;
  readonly min?: number;
  /** Focus the field and select its text when it first shows: a new item's name, ready to type over. */
  readonly autoSelect?: boolean;
}

export function TextField({ label, value, onChange, type = 'text', multiline, error, placeholder, className, min, autoSelect }: TextFieldProps) {
  const id = useId();
  const errorId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!autoSelect) return;
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [autoSelect]);
  const shared = {
    id,
    value,
    placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
  };
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...shared} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...shared} ref={inputRef} type={type} min={min} onChange={(event) => onChange(event.target.value)} />
      )}
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
