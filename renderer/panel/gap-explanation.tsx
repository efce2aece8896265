// Under a gap: the influence paths behind it ("Path: Lars Ek → Eva Berg (strength 3)") and a coach's questions.
import { coachingQuestions } from '../../shared/engine/coaching-questions';
import type { Gap, InfluencePathRef } from '../../shared/engine/types';
import type { Deal } from '../../shared/model/deal-schema';
import { isHostilePath } from '../map/map-elements';

/** "Path: Anders Nyström → Eva Berg (strength 3)", each step with the strength of its relation. */
export function describeInfluencePath(deal: Deal, path: InfluencePathRef): string {
  const name = (id: string) => deal.stakeholders.find((s) => s.id === id)?.name ?? id;
  const [first, ...rest] = path.stakeholderIds;
  if (first === undefined) return 'Path: none';
  if (rest.length === 0) return `Path: ${name(first)} (decision-maker, own influence)`;
  const steps = rest.map((id, index) => {
    const relation = deal.relations.find((r) => r.id === path.relationIds[index]);
    return ` → ${name(id)} (strength ${relation?.strength ?? 1})`;
  });
  return `Path: ${name(first)}${steps.join('')}`;
}

export function GapExplanation({ gap, deal }: { gap: Gap; deal: Deal }) {
  const questions = coachingQuestions(gap, deal);
  if (gap.paths.length === 0 && questions.length === 0) return null;
  return (
    <div className="gap-explanation">
      {gap.paths.length > 0 && (
        <ul className="gap-paths" aria-label="Influence paths">
          {gap.paths.map((path, index) => {
            const hostile = isHostilePath(deal, path);
            return (
              <li key={index} className={`gap-path ${hostile ? 'gap-path-hostile' : 'gap-path-ally'}`}>
                <span className="gap-path-side">{hostile ? 'against' : 'for'}</span>
                <span>{describeInfluencePath(deal, path)}</span>
              </li>
            );
          })}
        </ul>
      )}
      {questions.length > 0 && (
        <ul className="gap-questions" aria-label="Coaching questions">
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
