// The workspace files that could not be read: named with the reason, never written to.
import type { DealFileProblem } from '../../shared/api/contract';
import { useT } from '../i18n/use-t';

const WARNING_SIGN = '⚠';

/** The reason alone: the host's one-line message starts with the file name shown above it. */
function reasonOf(problem: DealFileProblem): string {
  const prefix = `${problem.file}: `;
  return problem.message.startsWith(prefix) ? problem.message.slice(prefix.length) : problem.message;
}

export function FileProblems({ problems }: { problems: readonly DealFileProblem[] }) {
  const t = useT();
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
            <span className="file-problem-message">{reasonOf(problem)}</span>
          </li>
        ))}
      </ul>
      <p className="file-problems-hint">{t('deals.problems.hint')}</p>
    </section>
  );
}
