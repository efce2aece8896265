// The workspace files that could not be read: named with the reason, never written to.
import type { DealFileProblem } from '../../shared/api/contract';
import type { DealmapIntl } from '../../shared/i18n';
import { fileProblemText } from '../../shared/model/file-problem-text';
import { useDealmapIntl } from '../i18n/language-context';
import { useT } from '../i18n/use-t';

const WARNING_SIGN = '⚠';

/** The reason alone, in the reader's language: the host's one-line message starts with the file name shown above it. */
function reasonOf(intl: DealmapIntl, problem: DealFileProblem): string {
  const prefix = `${problem.file}: `;
  const line = fileProblemText(intl, problem);
  return line.startsWith(prefix) ? line.slice(prefix.length) : line;
}

export function FileProblems({ problems }: { problems: readonly DealFileProblem[] }) {
  const t = useT();
  const intl = useDealmapIntl();
  if (problems.length === 0) return null;
  return (
    <section className="file-problems" aria-labelledby="file-problems-title">
      <h2 id="file-problems-title" className="pane-subtitle">
        <span aria-hidden="true">{WARNING_SIGN}</span> {t('deals.problems.title')}
      </h2>
      <ul aria-label={t('deals.problems.list')}>
        {problems.map((problem) => (
          <li key={problem.file} className="file-problem" data-file={problem.file}>
            <span className="file-problem-name">{problem.file}</span>
            <span className="file-problem-message">{reasonOf(intl, problem)}</span>
          </li>
        ))}
      </ul>
      <p className="file-problems-hint">{t('deals.problems.hint')}</p>
    </section>
  );
}
