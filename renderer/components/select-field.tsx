// A labelled <select> over a fixed vocabulary, typed by its values.
import { useId } from 'react';
import { ownValue } from '../../shared/model/id-record';

interface SelectFieldProps<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly options: readonly T[];
  readonly labels: Readonly<Record<T, string>>;
  readonly onChange: (value: T) => void;
  readonly disabled?: boolean;
  readonly className?: string;
}

export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const id = useId();
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        disabled={props.disabled}
        onChange={(event) => {
          const chosen = props.options.find((option) => option === event.target.value);
          if (chosen !== undefined) props.onChange(chosen);
        }}
      >
        {props.options.map((option) => (
          <option key={option} value={option}>
            {ownValue<string>(props.labels, option) ?? option}
          </option>
        ))}
      </select>
    </div>
  );
}
