// One labelled file input of the Import dialog; shows the chosen file's name.
import { useId } from 'react';

interface FilePickerProps {
  readonly label: string;
  readonly hint: string;
  readonly required: boolean;
  readonly multiple?: boolean;
  readonly chosen: readonly string[];
  readonly onPick: (files: readonly File[]) => void;
}

export function FilePicker({ label, hint, required, multiple = false, chosen, onPick }: FilePickerProps) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="field import-file">
      <label htmlFor={id}>
        {label}
        {required ? ' (required)' : ''}
      </label>
      <input
        id={id}
        type="file"
        accept=".csv,.txt,text/csv"
        multiple={multiple}
        aria-describedby={hintId}
        onChange={(event) => onPick([...(event.target.files ?? [])])}
      />
      <span id={hintId} className="dialog-hint">
        {chosen.length > 0 ? `Chosen: ${chosen.join(', ')}` : hint}
      </span>
    </div>
  );
}
