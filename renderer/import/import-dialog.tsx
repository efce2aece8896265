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
import { messageRef, type MessageRef } from '../../shared/i18n';
import { useDealmapIntl } from '../i18n/language-context';
import { formatMoment } from '../i18n/locale-format';
import { useRenderMessage, useT } from '../i18n/use-t';
import { SPACE } from '../components/glyphs';


type Step = 'files' | 'mapping' | 'preview' | 'done';

export function ImportDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStore();
  const t = useT();
  const intl = useDealmapIntl();
  const render = useRenderMessage();
  const dateOrderLabels = Object.fromEntries(DATE_ORDERS.map((order) => [order, t(`importing.date.${order}`)])) as Record<DateOrder, string>;
  const systemLabels = Object.fromEntries(CRM_SYSTEMS.map((crm) => [crm, crm === 'csv' ? t(SYSTEM_LABELS[crm]) : SYSTEM_LABELS[crm]])) as Record<CrmSystem, string>;
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
  const [message, setMessage] = useState<MessageRef | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void store.lastImport({}).then(({ last: found }) => setLast(found), () => setLast(null));
    void store.listImportMappings({}).then(({ mappings }) => setSaved(mappings), () => setSaved([]));
  }, [store]);

  const mapping: CsvMapping = { kind: 'dealmap-csv-mapping', version: 1, name: mappingName.trim() || t('importing.unsaved-mapping'), columns };
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
    setMessage(
      applied.journal === null
        ? messageRef('importing.nothing')
        : messageRef('importing.imported', { deals: totals.newDeals, changed: totals.updatedDeals, people: totals.newPeople }),
    );
    store.releaseOpenDeal();
    await store.load();
    setStep('done');
  });
  const undo = () => run(async () => {
    await store.flushPendingSaves();
    const undone = await store.undoImport({});
    setLast(undone);
    setMessage(messageRef('importing.undone', { at: formatMoment(intl, undone.at), created: undone.createdDeals, updated: undone.updatedDeals }));
    store.releaseOpenDeal();
    await store.load();
    setStep('done');
  });
  const exportCsv = () => run(async () => {
    const written = await store.exportCsv({ asOf: store.getState().asOf });
    setMessage(messageRef('importing.wrote', { files: written.files.join(', '), folder: written.folder }));
  });
  const saveMapping = () => run(async () => {
    const written = await store.saveImportMapping({ mapping });
    setSaved([...saved.filter((candidate) => candidate.name !== written.name), written]);
    setMessage(messageRef('importing.saved-mapping', { name: written.name }));
  });

  const pick = async (role: ImportFileRole, picked: readonly File[]) => {
    const [file] = picked;
    if (!file) return;
    const upload = await readUpload(file);
    setFiles((current) => ({ ...current, [role]: upload }));
  };

  return (
    <Dialog title={t('importing.title')} onClose={onClose}>
      <div className="import-dialog">
        {step === 'files' && (
          <>
            <SelectField label={t('importing.crm')} value={system} options={CRM_SYSTEMS} labels={systemLabels} onChange={(value) => { setSystem(value); setFiles({}); setRows([]); }} />
            {system === 'csv' ? (
              <FilePicker label={t('importing.csv-files')} hint={t('importing.csv-hint')} required multiple chosen={rows.map((file) => file.name)} onPick={(picked) => void Promise.all(picked.map(readUpload)).then(setRows)} />
            ) : (
              FILE_SLOTS[system].map((slot) => (
                <FilePicker key={slot.role} label={t(slot.label)} hint={t(slot.hint)} required={slot.required} chosen={files[slot.role] ? [files[slot.role]?.name ?? ''] : []} onPick={(picked) => void pick(slot.role, picked)} />
              ))
            )}
            <SelectField label={t('importing.date-order')} value={dateOrder} options={DATE_ORDERS} labels={dateOrderLabels} onChange={setDateOrder} />
            <label className="checkbox-field">
              <input type="checkbox" checked={skipBadRows} onChange={(event) => setSkipBadRows(event.target.checked)} /> {t('importing.skip')}
            </label>
            <p className="dialog-hint">
              {t('importing.out-again')}{SPACE}
              <button type="button" className="button button-small" disabled={busy} onClick={() => void exportCsv()}>
                {t('importing.export-csv')}
              </button>
            </p>
            {last && last.undoneAt === undefined && (
              <p className="dialog-hint">
                {t('importing.last', { at: formatMoment(intl, last.at), files: last.files.join(', ') })}{SPACE}
                <button type="button" className="button button-small" disabled={busy} onClick={() => void undo()}>
                  {t('importing.undo')}
                </button>
              </p>
            )}
          </>
        )}
        {step === 'mapping' && (
          <>
            <ColumnMappingStep headers={sample.headers} rows={sample.rows} columns={columns} onColumns={setColumns} saved={saved} onLoad={(loaded) => { setColumns(loaded.columns); setMappingName(loaded.name); }} />
            <div className="import-save-mapping">
              <TextField label={t('importing.mapping-name')} value={mappingName} onChange={setMappingName} placeholder={t('importing.mapping-placeholder')} />
              <button type="button" className="button" disabled={busy || mappingName.trim() === '' || columns.dealName === undefined} onClick={() => void saveMapping()}>
                {t('importing.save-mapping')}
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
            {render(message)}
          </p>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={step === 'preview' ? () => setStep(system === 'csv' ? 'mapping' : 'files') : onClose}>
            {step === 'preview' ? t('importing.back') : step === 'done' ? t('importing.close') : t('importing.cancel')}
          </button>
          {step === 'files' && (
            <button type="button" className="button button-primary" disabled={busy || !ready} onClick={() => void (system === 'csv' ? toMapping() : showPreview())}>
              {system === 'csv' ? t('importing.map-columns') : t('importing.preview')}
            </button>
          )}
          {step === 'mapping' && (
            <button type="button" className="button button-primary" disabled={busy || columns.dealName === undefined} onClick={() => void showPreview()}>
              {t('importing.preview')}
            </button>
          )}
          {step === 'preview' && preview && (
            <button type="button" className="button button-primary" disabled={busy || !preview.canApply} onClick={() => void confirm()}>
              {t('importing.confirm')}
            </button>
          )}
        </div>
      </div>
    </Dialog>
  );
}
