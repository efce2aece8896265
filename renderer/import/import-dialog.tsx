// The Import dialog: pick the CRM and its export files (and map columns for any CSV), preview per deal, confirm, or undo the last import.
import { useEffect, useState } from 'react';
import type { ApiInput } from '../../shared/api/contract';
import type { ImportSummary } from '../../shared/api/import-contract';
import type { CsvMapping } from '../../shared/import/csv-mapping';
import type { ImportPreview } from '../../shared/import/import-plan-types';
import { DATE_ORDERS, type DateOrder, type ImportFileRole } from '../../shared/import/import-types';
import { CRM_SYSTEMS, type CrmSystem } from '../../shared/model/external-schema';
import type { StakeholderRole } from '../../shared/model/vocabulary';
import { errorMessage } from '../api/dealmap-client';
import { Dialog } from '../components/dialog';
import { SelectField } from '../components/select-field';
import { TextField } from '../components/text-field';
import { useAppStore } from '../state/store-context';
import { ColumnMappingStep, type MappedColumns } from './column-mapping-step';
import { FilePicker } from './file-picker';
import { FILE_SLOTS, SYSTEM_LABELS } from './import-sources';
import { ImportPreviewView } from './import-preview-view';
import { RoleMapping } from './role-mapping';
import { readUpload, type UploadedFile } from './read-upload';

const DATE_ORDER_LABELS: Readonly<Record<DateOrder, string>> = { auto: 'Decide from the file', 'month-first': 'Month first (12/31/2026)', 'day-first': 'Day first (31/12/2026)' };

type Step = 'files' | 'mapping' | 'preview' | 'done';

export function ImportDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStore();
  const [system, setSystem] = useState<CrmSystem>('salesforce');
  const [files, setFiles] = useState<Partial<Record<ImportFileRole, UploadedFile>>>({});
  const [rows, setRows] = useState<readonly UploadedFile[]>([]);
  const [dateOrder, setDateOrder] = useState<DateOrder>('auto');
  const [skipBadRows, setSkipBadRows] = useState(false);
  const [roles, setRoles] = useState<Readonly<Record<string, StakeholderRole>>>({});
  const [columns, setColumns] = useState<MappedColumns>({});
  const [sample, setSample] = useState<{ headers: readonly string[]; rows: readonly (readonly string[])[] }>({ headers: [], rows: [] });
  const [mappingName, setMappingName] = useState('');
  const [saved, setSaved] = useState<readonly CsvMapping[]>([]);
  const [step, setStep] = useState<Step>('files');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [last, setLast] = useState<ImportSummary | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void store.lastImport({}).then(({ last: found }) => setLast(found), () => setLast(null));
    void store.listImportMappings({}).then(({ mappings }) => setSaved(mappings), () => setSaved([]));
  }, [store]);

  const mapping: CsvMapping = { kind: 'dealmap-csv-mapping', version: 1, name: mappingName.trim() || 'Unsaved mapping', columns };
  const request = (): ApiInput<'previewImport'> => ({
    system,
    files: system === 'csv' ? rows.map((file) => ({ role: 'rows' as const, ...file })) : Object.entries(files).map(([role, file]) => ({ role: role as ImportFileRole, ...(file as UploadedFile) })),
    ...(system === 'csv' ? { mapping } : {}),
    dateOrder,
    skipBadRows,
    roles,
  });
  const ready = system === 'csv' ? rows.length > 0 : FILE_SLOTS[system].every((slot) => !slot.required || files[slot.role] !== undefined);

  async function run(task: () => Promise<void>) {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      await task();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  const showPreview = () => run(async () => {
    setPreview(await store.previewImport(request()));
    setStep('preview');
  });
  const toMapping = () => run(async () => {
    const [first] = rows;
    if (first) setSample(await store.csvColumns({ file: first }));
    setStep('mapping');
  });
  const confirm = () => run(async () => {
    // Edits still on their way to disk go first, so the import merges into them instead of conflicting.
    await store.flushPendingSaves();
    const applied = await store.applyImport(request());
    setLast(applied.journal);
    const { totals } = applied.preview;
    setMessage(applied.journal === null ? 'Nothing to change: the workspace already matches these files.' : `Imported: ${totals.newDeals} new deals and ${totals.updatedDeals} changed, ${totals.newPeople} new people.`);
    store.releaseOpenDeal();
    await store.load();
    setStep('done');
  });
  const undo = () => run(async () => {
    await store.flushPendingSaves();
    const undone = await store.undoImport({});
    setLast(undone);
    setMessage(`Undone: the import of ${new Date(undone.at).toLocaleString()} (${undone.createdDeals} deals removed, ${undone.updatedDeals} put back).`);
    store.releaseOpenDeal();
    await store.load();
    setStep('done');
  });
  const exportCsv = () => run(async () => {
    const written = await store.exportCsv({ asOf: store.getState().asOf });
    setMessage(`Wrote ${written.files.join(', ')} to ${written.folder}.`);
  });
  const saveMapping = () => run(async () => {
    const written = await store.saveImportMapping({ mapping });
    setSaved([...saved.filter((candidate) => candidate.name !== written.name), written]);
    setMessage(`Saved the mapping "${written.name}" in the workspace.`);
  });

  const pick = async (role: ImportFileRole, picked: readonly File[]) => {
    const [file] = picked;
    if (!file) return;
    const upload = await readUpload(file);
    setFiles((current) => ({ ...current, [role]: upload }));
  };

  return (
    <Dialog title="Import from a CRM" onClose={onClose}>
      <div className="import-dialog">
        {step === 'files' && (
          <>
            <SelectField label="CRM" value={system} options={CRM_SYSTEMS} labels={SYSTEM_LABELS} onChange={(value) => { setSystem(value); setFiles({}); setRows([]); }} />
            {system === 'csv' ? (
              <FilePicker label="CSV files" hint="One row per deal, or one row per person on a deal" required multiple chosen={rows.map((file) => file.name)} onPick={(picked) => void Promise.all(picked.map(readUpload)).then(setRows)} />
            ) : (
              FILE_SLOTS[system].map((slot) => (
                <FilePicker key={slot.role} label={slot.label} hint={slot.hint} required={slot.required} chosen={files[slot.role] ? [files[slot.role]?.name ?? ''] : []} onPick={(picked) => void pick(slot.role, picked)} />
              ))
            )}
            <SelectField label="Dates such as 03/04/2026" value={dateOrder} options={DATE_ORDERS} labels={DATE_ORDER_LABELS} onChange={setDateOrder} />
            <label className="checkbox-field">
              <input type="checkbox" checked={skipBadRows} onChange={(event) => setSkipBadRows(event.target.checked)} /> Skip records with errors (they are listed)
            </label>
            <p className="dialog-hint">
              Out again: pipeline and stakeholders as CSV for Excel, and contact roles for Data Loader.{' '}
              <button type="button" className="button button-small" disabled={busy} onClick={() => void exportCsv()}>
                Export CSV files
              </button>
            </p>
            {last && last.undoneAt === undefined && (
              <p className="dialog-hint">
                Last import: {new Date(last.at).toLocaleString()} from {last.files.join(', ')}.{' '}
                <button type="button" className="button button-small" disabled={busy} onClick={() => void undo()}>
                  Undo last import
                </button>
              </p>
            )}
          </>
        )}
        {step === 'mapping' && (
          <>
            <ColumnMappingStep headers={sample.headers} rows={sample.rows} columns={columns} onColumns={setColumns} saved={saved} onLoad={(loaded) => { setColumns(loaded.columns); setMappingName(loaded.name); }} />
            <div className="import-save-mapping">
              <TextField label="Mapping name" value={mappingName} onChange={setMappingName} placeholder="Pipedrive" />
              <button type="button" className="button" disabled={busy || mappingName.trim() === '' || columns.dealName === undefined} onClick={() => void saveMapping()}>
                Save mapping
              </button>
            </div>
          </>
        )}
        {step === 'preview' && preview && (
          <>
            <ImportPreviewView preview={preview} />
            <RoleMapping values={preview.unknownRoles} roles={roles} onChange={setRoles} onApply={() => void showPreview()} busy={busy} />
          </>
        )}
        {message && (
          <p className="import-message" role="status">
            {message}
          </p>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={step === 'preview' ? () => setStep(system === 'csv' ? 'mapping' : 'files') : onClose}>
            {step === 'preview' ? 'Back' : step === 'done' ? 'Close' : 'Cancel'}
          </button>
          {step === 'files' && (
            <button type="button" className="button button-primary" disabled={busy || !ready} onClick={() => void (system === 'csv' ? toMapping() : showPreview())}>
              {system === 'csv' ? 'Map columns' : 'Preview'}
            </button>
          )}
          {step === 'mapping' && (
            <button type="button" className="button button-primary" disabled={busy || columns.dealName === undefined} onClick={() => void showPreview()}>
              Preview
            </button>
          )}
          {step === 'preview' && preview && (
            <button type="button" className="button button-primary" disabled={busy || !preview.canApply} onClick={() => void confirm()}>
              Confirm import
            </button>
          )}
        </div>
      </div>
    </Dialog>
  );
}
