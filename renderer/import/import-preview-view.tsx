// The import preview: totals, problems with file, line and column, and what happens to each deal; nothing is written yet.
import type { ImportPreview } from '../../shared/import/import-plan-types';
import { formatImportProblem } from '../../shared/import/problem-log';

/** A preview of thousands of deals lists the first ones; the totals count them all. */
const SHOWN_DEALS = 200;
const SHOWN_PROBLEMS = 100;

function Totals({ preview }: { preview: ImportPreview }) {
  const { totals } = preview;
  return (
    <p className="import-totals" aria-live="polite">
      <strong>{totals.newDeals.toLocaleString()}</strong> new deals, <strong>{totals.updatedDeals.toLocaleString()}</strong> changed,{' '}
      {totals.unchangedDeals.toLocaleString()} unchanged; <strong>{totals.newPeople.toLocaleString()}</strong> new people,{' '}
      {totals.gonePeople.toLocaleString()} gone from the CRM, {totals.changedFields.toLocaleString()} changed fields.
      {preview.skippedRows > 0 && ` ${preview.skippedRows.toLocaleString()} records with errors are skipped.`}
    </p>
  );
}

function Problems({ preview }: { preview: ImportPreview }) {
  if (preview.problems.length === 0) return null;
  const errors = preview.problems.filter((problem) => problem.severity === 'error').length;
  return (
    <section className="import-problems" aria-label="Problems in the files">
      <h3>
        {errors > 0 ? `${errors.toLocaleString()} errors` : 'No errors'}, {(preview.problems.length - errors).toLocaleString()} warnings
      </h3>
      <ul>
        {preview.problems.slice(0, SHOWN_PROBLEMS).map((problem, index) => (
          <li key={index} className={`import-problem import-problem-${problem.severity}`}>
            <span className="import-problem-kind">{problem.severity === 'error' ? 'Error' : 'Warning'}</span> {formatImportProblem(problem)}
          </li>
        ))}
      </ul>
      {preview.problems.length > SHOWN_PROBLEMS && <p className="dialog-hint">…and {(preview.problems.length - SHOWN_PROBLEMS).toLocaleString()} more.</p>}
    </section>
  );
}

export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const touched = preview.deals.filter((deal) => deal.action !== 'unchanged');
  return (
    <div className="import-preview">
      <Totals preview={preview} />
      <Problems preview={preview} />
      {touched.length > 0 && (
        <ul className="import-deals" aria-label="Deals the import changes">
          {touched.slice(0, SHOWN_DEALS).map((deal) => (
            <li key={deal.dealId} className="import-deal">
              <details>
                <summary>
                  <span className={`import-action import-action-${deal.action}`}>{deal.action === 'new' ? 'New' : 'Changed'}</span>{' '}
                  <strong>{deal.name}</strong> <span className="import-account">{deal.account}</span>
                  {deal.newPeople.length > 0 && <span className="import-count"> +{deal.newPeople.length} people</span>}
                  {deal.gonePeople.length > 0 && <span className="import-count import-gone"> {deal.gonePeople.length} gone</span>}
                </summary>
                <dl className="import-deal-details">
                  {deal.changes.map((change) => (
                    <div key={change.field}>
                      <dt>{change.field}</dt>
                      <dd>
                        <del>{change.before || '(none)'}</del> → <ins>{change.after || '(none)'}</ins>
                      </dd>
                    </div>
                  ))}
                  {deal.newPeople.length > 0 && (
                    <div>
                      <dt>New people</dt>
                      <dd>{deal.newPeople.join(', ')}</dd>
                    </div>
                  )}
                  {deal.gonePeople.length > 0 && (
                    <div>
                      <dt>Gone from the CRM (kept on the map, marked)</dt>
                      <dd>{deal.gonePeople.join(', ')}</dd>
                    </div>
                  )}
                  {deal.returnedPeople.length > 0 && (
                    <div>
                      <dt>Back in the CRM</dt>
                      <dd>{deal.returnedPeople.join(', ')}</dd>
                    </div>
                  )}
                </dl>
              </details>
            </li>
          ))}
        </ul>
      )}
      {touched.length > SHOWN_DEALS && <p className="dialog-hint">…and {(touched.length - SHOWN_DEALS).toLocaleString()} more deals.</p>}
    </div>
  );
}
