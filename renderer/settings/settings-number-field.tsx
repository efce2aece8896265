// A labelled number input of the settings dialog, with its documented default and an inline error.
import { useId } from 'react';

interface SettingsNumberFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** What the setting does and its default, read out with the field. */
  readonly hint: string;
  readonly error?: string;
  readonly step?: string;
  readonly min?: string;
  readonly max?: string;
}

export function SettingsNumberField({ label, value, onChange, hint, error, step = '1', min = '0', max }: SettingsNumberFieldProps) {
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  return (
    <div className="field settings-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
      <span id={hintId} className="settings-hint">
        {hint}
      </span>
    </div>
  );
}
