// One labelled file input of the Import dialog; shows the chosen file's name.
import { useId } from 'react';
import { useT } from '../i18n/use-t';

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
  const t = useT();
  return (
    <div className="field import-file">
      <label htmlFor={id}>
        {label}
        {required ? t('importing.required') : ''}
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
        {chosen.length > 0 ? t('importing.chosen', { files: chosen.join(', ') }) : hint}
      </span>
    </div>
  );
}
