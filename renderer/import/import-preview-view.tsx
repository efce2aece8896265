// The import preview: totals, problems with file, line and column, and what happens to each deal; nothing is written yet.
import type { ImportPreview } from '../../shared/import/import-plan-types';
import { importProblemMessage } from '../../shared/import/problem-log';
import { ARROW_GLYPH, SPACE } from '../components/glyphs';
import { useRichT, useT } from '../i18n/use-t';
import { MessageText } from '../i18n/message-text';

/** A preview of thousands of deals lists the first ones; the totals count them all. */
const SHOWN_DEALS = 200;
const SHOWN_PROBLEMS = 100;

function Totals({ preview }: { preview: ImportPreview }) {
  const { totals } = preview;
  const t = useT();
  const richT = useRichT();
  return (
    <p className="import-totals" aria-live="polite">
      {richT('importing.totals', {
        deals: totals.newDeals,
        changed: totals.updatedDeals,
        unchanged: totals.unchangedDeals,
        people: totals.newPeople,
        gone: totals.gonePeople,
        fields: totals.changedFields,
        strong: (chunks) => <strong>{chunks}</strong>,
      })}
      {preview.skippedRows > 0 && t('importing.skipped', { count: preview.skippedRows })}
    </p>
  );
}

function Problems({ preview }: { preview: ImportPreview }) {
  const t = useT();
  if (preview.problems.length === 0) return null;
  const errors = preview.problems.filter((problem) => problem.severity === 'error').length;
  return (
    <section className="import-problems" aria-label={t('importing.problems')}>
      <h3>
        {t('importing.errors', { count: errors, warnings: preview.problems.length - errors })}
      </h3>
      <ul>
        {preview.problems.slice(0, SHOWN_PROBLEMS).map((problem, index) => (
          <li key={index} className={`import-problem import-problem-${problem.severity}`}>
            <span className="import-problem-kind">{problem.severity === 'error' ? t('importing.error') : t('importing.warning')}</span> <MessageText message={importProblemMessage(problem)} />
          </li>
        ))}
      </ul>
      {preview.problems.length > SHOWN_PROBLEMS && <p className="dialog-hint">{t('importing.more', { count: preview.problems.length - SHOWN_PROBLEMS })}</p>}
    </section>
  );
}

export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const touched = preview.deals.filter((deal) => deal.action !== 'unchanged');
  const t = useT();
  return (
    <div className="import-preview">
      <Totals preview={preview} />
      <Problems preview={preview} />
      {touched.length > 0 && (
        <ul className="import-deals" aria-label={t('importing.deals-changed')}>
          {touched.slice(0, SHOWN_DEALS).map((deal) => (
            <li key={deal.dealId} className="import-deal">
              <details>
                <summary>
                  <span className={`import-action import-action-${deal.action}`}>{deal.action === 'new' ? t('importing.action.new') : t('importing.action.changed')}</span>{SPACE}
                  <strong>{deal.name}</strong> <span className="import-account">{deal.account}</span>
                  {deal.newPeople.length > 0 && <span className="import-count">{t('importing.people', { count: deal.newPeople.length })}</span>}
                  {deal.gonePeople.length > 0 && <span className="import-count import-gone">{t('importing.gone', { count: deal.gonePeople.length })}</span>}
                </summary>
                <dl className="import-deal-details">
                  {deal.changes.map((change) => (
                    <div key={change.field}>
                      <dt>{change.field}</dt>
                      <dd>
                        <del>{change.before || t('importing.none')}</del> {ARROW_GLYPH} <ins>{change.after || t('importing.none')}</ins>
                      </dd>
                    </div>
                  ))}
                  {deal.newPeople.length > 0 && (
                    <div>
                      <dt>{t('importing.new-people')}</dt>
                      <dd>{deal.newPeople.join(', ')}</dd>
                    </div>
                  )}
                  {deal.gonePeople.length > 0 && (
                    <div>
                      <dt>{t('importing.gone-people')}</dt>
                      <dd>{deal.gonePeople.join(', ')}</dd>
                    </div>
                  )}
                  {deal.returnedPeople.length > 0 && (
                    <div>
                      <dt>{t('importing.back-people')}</dt>
                      <dd>{deal.returnedPeople.join(', ')}</dd>
                    </div>
                  )}
                </dl>
              </details>
            </li>
          ))}
        </ul>
      )}
      {touched.length > SHOWN_DEALS && <p className="dialog-hint">{t('importing.more-deals', { count: touched.length - SHOWN_DEALS })}</p>}
    </div>
  );
}
