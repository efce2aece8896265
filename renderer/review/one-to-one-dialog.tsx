// "One-to-one pack": pick an account executive, a review to compare with and a format; the pack is written into the exports.
import { useMemo, useState } from 'react';
import { packOwners } from '../../shared/export/review-pack-owner-plan';
import type { PipelineRow } from '../../shared/pipeline';
import { errorMessage } from '../api/dealmap-client';
import { Dialog } from '../components/dialog';
import { SelectField } from '../components/select-field';
import type { ReviewPackExport } from '../export/review-pack-export';
import { useAppStore } from '../state/store-context';
import { useReviewState } from '../state/review-hooks';
import { exportOneToOnePack, type OneToOneFormat } from './one-to-one-pack';
import '../styles/export.css';
import '../styles/forecast.css';
import { useDealmapIntl } from '../i18n/language-context';
import { useRenderMessage, useRichT, useT } from '../i18n/use-t';

const FORMATS = ['pdf', 'html', 'markdown'] as const satisfies readonly OneToOneFormat[];
const LATEST = '';

type Outcome = { readonly kind: 'done'; readonly written: ReviewPackExport } | { readonly kind: 'failed'; readonly message: string } | null;

export function OneToOneDialog({ rows, initialOwner, onClose }: { rows: readonly PipelineRow[]; initialOwner: string | null; onClose: () => void }) {
  const store = useAppStore();
  const t = useT();
  const richT = useRichT();
  const render = useRenderMessage();
  const { language } = useDealmapIntl();
  const formatLabels = Object.fromEntries(FORMATS.map((kind) => [kind, t(`review.one.format.${kind}`)])) as Record<OneToOneFormat, string>;
  const owners = useMemo(() => packOwners(rows), [rows]);
  const reviews = useReviewState((s) => s.reviews);
  const [owner, setOwner] = useState(initialOwner !== null && owners.includes(initialOwner) ? initialOwner : (owners[0] ?? ''));
  const [since, setSince] = useState(LATEST);
  const [format, setFormat] = useState<OneToOneFormat>('pdf');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const sinceOptions = [LATEST, ...reviews.map((review) => review.id)];
  const sinceLabels = Object.fromEntries(sinceOptions.map((id) => [id, id === LATEST ? (reviews.length === 0 ? t('review.one.no-review') : t('review.one.latest')) : t('review.one.review', { id })]));
  const deals = rows.filter((row) => row.owner === owner).length;

  async function build(): Promise<void> {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ kind: 'done', written: await exportOneToOnePack(store, rows, owner, since === LATEST ? null : since, format, language) });
    } catch (error) {
      setOutcome({ kind: 'failed', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={t('review.one.title')}
      onClose={onClose}
      description={<p>{t('review.one.description')}</p>}
    >
      <div className="field-grid one-to-one-fields">
        <SelectField className="span-2" label={t('review.one.owner')} value={owner} options={owners} labels={Object.fromEntries(owners.map((name) => [name, name]))} onChange={setOwner} />
        <SelectField className="span-2" label={t('review.one.since')} value={since} options={sinceOptions} labels={sinceLabels} onChange={setSince} />
        <SelectField className="span-2" label={t('review.one.format')} value={format} options={FORMATS} labels={formatLabels} onChange={setFormat} />
      </div>
      <p className="muted">{t('review.one.deals', { count: deals })}</p>
      {outcome?.kind === 'done' && (
        <div className="export-notice one-to-one-notice" role="status">
          <div>
            {richT('review.one.wrote', {
              what: outcome.written.files.length === 1 ? (outcome.written.files[0] ?? '') : t('review.one.files', { count: outcome.written.files.length }),
              folder: () => <code className="export-folder">{outcome.written.folder}</code>,
            })}
            {outcome.written.hint ? <p className="export-hint">{render(outcome.written.hint)}</p> : null}
          </div>
        </div>
      )}
      {outcome?.kind === 'failed' && (
        <div className="export-notice one-to-one-notice is-failed" role="alert">
          {t('review.one.failed', { message: outcome.message })}
        </div>
      )}
      <div className="dialog-buttons">
        <button type="button" className="button" onClick={onClose}>
          {t('review.one.close')}
        </button>
        <button type="button" className="button button-primary" disabled={busy || owner === ''} onClick={() => void build()}>
          {busy ? t('review.one.building') : t('review.one.build')}
        </button>
      </div>
    </Dialog>
  );
}

/** The button beside "Export review pack"; the owner filter, when it names one AE, is the first choice. */
export function OneToOneButton({ rows, owner }: { rows: readonly PipelineRow[]; owner: string | null }) {
  const [open, setOpen] = useState(false);
  const t = useT();
  return (
    <>
      <button type="button" className="button" disabled={rows.length === 0} onClick={() => setOpen(true)}>
        {t('review.one.title')}
      </button>
      {open && <OneToOneDialog rows={rows} initialOwner={owner} onClose={() => setOpen(false)} />}
    </>
  );
}
