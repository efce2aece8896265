// The column-mapping step for any CSV: which column is which field, a sample of the file, saved mappings.
import { useId } from 'react';
import { MAPPED_FIELDS, type CsvMapping, type MappedField } from '../../shared/import/csv-mapping';
import { useT } from '../i18n/use-t';

export type MappedColumns = Partial<Record<MappedField, string>>;

interface ColumnMappingProps {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly columns: MappedColumns;
  readonly onColumns: (columns: MappedColumns) => void;
  readonly saved: readonly CsvMapping[];
  readonly onLoad: (mapping: CsvMapping) => void;
}

function FieldSelect({ field, headers, value, onChange }: { field: MappedField; headers: readonly string[]; value: string; onChange: (value: string) => void }) {
  const id = useId();
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={id}>{t(`importing.field.${field}`)}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('importing.not-in-file')}</option>
        {headers.map((header) => (
          <option key={header} value={header}>
            {header}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ColumnMappingStep({ headers, rows, columns, onColumns, saved, onLoad }: ColumnMappingProps) {
  const savedId = useId();
  const t = useT();
  return (
    <div className="import-mapping">
      {saved.length > 0 && (
        <div className="field">
          <label htmlFor={savedId}>{t('importing.saved')}</label>
          <select
            id={savedId}
            value=""
            onChange={(event) => {
              const mapping = saved.find((candidate) => candidate.name === event.target.value);
              if (mapping) onLoad(mapping);
            }}
          >
            <option value="">{t('importing.choose-saved')}</option>
            {saved.map((mapping) => (
              <option key={mapping.name} value={mapping.name}>
                {mapping.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="import-sample" role="region" aria-label={t('importing.sample')} tabIndex={0}>
        <table>
          <thead>
            <tr>
              {headers.map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                {headers.map((header, column) => (
                  <td key={header}>{row[column] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="field-grid">
        {MAPPED_FIELDS.map((field) => (
          <FieldSelect
            key={field}
            field={field}
            headers={headers}
            value={columns[field] ?? ''}
            onChange={(value) => onColumns(Object.fromEntries(Object.entries({ ...columns, [field]: value }).filter(([, header]) => header !== '')))}
          />
        ))}
      </div>
    </div>
  );
}
