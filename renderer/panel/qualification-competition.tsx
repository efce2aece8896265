// The competition: other vendors, the customer's own team, and "Do nothing", each with a note.
import type { Deal } from '../../shared/model/deal-schema';
import { COMPETITOR_KINDS, type CompetitorKind } from '../../shared/model/vocabulary';
import { addCompetitor, addDoNothing, removeCompetitor, updateCompetitor } from '../../shared/edits/qualification-edits';
import { SelectField } from '../components/select-field';
import { TextField } from '../components/text-field';
import { useAppStore } from '../state/store-context';
import { QualificationGroup } from './qualification-group';
import { QualificationItemTools } from './qualification-item-tools';
import { useT, type Translate } from '../i18n/use-t';

function kindLabels(t: Translate): Record<CompetitorKind, string> {
  return Object.fromEntries(COMPETITOR_KINDS.map((kind) => [kind, t(`panel.q.competitor.${kind}`)])) as Record<CompetitorKind, string>;
}

function summaryOf(t: Translate, deal: Deal): string {
  if (deal.competition.length === 0) return t('panel.q.none-named');
  const labels = kindLabels(t);
  return deal.competition.map((competitor) => competitor.name.trim() || labels[competitor.kind]).join(', ');
}

export function CompetitionGroup({ deal }: { deal: Deal }) {
  const store = useAppStore();
  const t = useT();
  const hasDoNothing = deal.competition.some((competitor) => competitor.kind === 'do-nothing');
  return (
    <QualificationGroup id="competition" title={t('panel.q.competition')} summary={summaryOf(t, deal)}>
      <ol className="qualification-items" aria-label={t('panel.q.competitors')}>
        {deal.competition.map((competitor, index) => {
          const name = t('panel.q.competitor', { number: index + 1 });
          const patch = (field: string, value: Parameters<typeof updateCompetitor>[2]) =>
            store.edit((current) => updateCompetitor(current, competitor.id, value), `deal:competitor-${competitor.id}-${field}`);
          return (
            <li key={competitor.id} className="qualification-item" aria-label={name}>
              <TextField className="span-all" label={name} value={competitor.name} placeholder={t('panel.q.competitor-placeholder')} onChange={(text) => patch('name', { name: text })} />
              <QualificationItemTools name={t('panel.q.competitor-item', { number: index + 1 })} onRemove={() => store.edit((current) => removeCompetitor(current, competitor.id))} />
              <SelectField label={t('panel.q.kind')} value={competitor.kind} options={COMPETITOR_KINDS} labels={kindLabels(t)} onChange={(kind) => patch('kind', { kind })} />
              <TextField label={t('panel.q.note')} value={competitor.note} placeholder={t('panel.q.note-placeholder')} onChange={(note) => patch('note', { note })} />
            </li>
          );
        })}
      </ol>
      <div className="qualification-add-row">
        <button type="button" className="button button-small" onClick={() => store.edit((current) => addCompetitor(current))}>
          {t('panel.q.add-competitor')}
        </button>
        {!hasDoNothing && (
          <button type="button" className="button button-small" onClick={() => store.edit((current) => addDoNothing(current, t('placeholders.do-nothing')))}>
            {t('panel.q.add-do-nothing')}
          </button>
        )}
      </div>
    </QualificationGroup>
  );
}
