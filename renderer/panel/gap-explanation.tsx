// Under a gap: the influence paths behind it ("Path: Lars Ek → Eva Berg (strength 3)") and a coach's questions, in the page's language.
import { coachingQuestions } from '../../shared/engine/coaching-questions';
import type { Gap } from '../../shared/engine/types';
import type { Deal } from '../../shared/model/deal-schema';
import { useDealmapIntl } from '../i18n/language-context';
import { isHostilePath } from '../map/map-elements';
import { describeInfluencePath } from '../../shared/export/influence-path-text';

import { useT } from '../i18n/use-t';

export { describeInfluencePath };

export function GapExplanation({ gap, deal }: { gap: Gap; deal: Deal }) {
  const intl = useDealmapIntl();
  const questions = coachingQuestions(gap, deal, intl);
  const t = useT();
  if (gap.paths.length === 0 && questions.length === 0) return null;
  return (
    <div className="gap-explanation">
      {gap.paths.length > 0 && (
        <ul className="gap-paths" aria-label={t('panel.paths')}>
          {gap.paths.map((path, index) => {
            const hostile = isHostilePath(deal, path);
            return (
              <li key={index} className={`gap-path ${hostile ? 'gap-path-hostile' : 'gap-path-ally'}`}>
                <span className="gap-path-side">{hostile ? t('panel.path.against') : t('panel.path.for')}</span>
                <span>{describeInfluencePath(deal, path, intl)}</span>
              </li>
            );
          })}
        </ul>
      )}
      {questions.length > 0 && (
        <ul className="gap-questions" aria-label={t('panel.questions')}>
          {questions.map((question) => (
            <li key={question} className="gap-question">
              {question}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
