// A labelled text, date, number or multi-line input; invalid when `error` is set.
import { useId } from 'react';

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
}

export function TextField({ label, value, onChange, type = 'text', multiline, error, placeholder, className, min }: TextFieldProps) {
  const id = useId();
  const errorId = useId();
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
        <input {...shared} type={type} min={min} onChange={(event) => onChange(event.target.value)} />
      )}
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
