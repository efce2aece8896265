// The competition: other vendors, the customer's own team, and "Do nothing", each with a note.
import type { Deal } from '../../shared/model/deal-schema';
import { COMPETITOR_KINDS, type CompetitorKind } from '../../shared/model/vocabulary';
import { addCompetitor, addDoNothing, removeCompetitor, updateCompetitor } from '../../shared/edits/qualification-edits';
import { SelectField } from '../components/select-field';
import { TextField } from '../components/text-field';
import { useAppStore } from '../state/store-context';
import { QualificationGroup } from './qualification-group';
import { QualificationItemTools } from './qualification-item-tools';

const KIND_LABELS: Record<CompetitorKind, string> = {
  vendor: 'Vendor',
  'in-house': 'In-house',
  'do-nothing': 'Do nothing',
};

function summaryOf(deal: Deal): string {
  if (deal.competition.length === 0) return 'none named';
  return deal.competition.map((competitor) => competitor.name.trim() || KIND_LABELS[competitor.kind]).join(', ');
}

export function CompetitionGroup({ deal }: { deal: Deal }) {
  const store = useAppStore();
  const hasDoNothing = deal.competition.some((competitor) => competitor.kind === 'do-nothing');
  return (
    <QualificationGroup id="competition" title="Competition" summary={summaryOf(deal)}>
      <ol className="qualification-items" aria-label="Competitors">
        {deal.competition.map((competitor, index) => {
          const name = `Competitor ${index + 1}`;
          const patch = (field: string, value: Parameters<typeof updateCompetitor>[2]) =>
            store.edit((current) => updateCompetitor(current, competitor.id, value), `deal:competitor-${competitor.id}-${field}`);
          return (
            <li key={competitor.id} className="qualification-item" aria-label={name}>
              <TextField className="span-all" label={name} value={competitor.name} placeholder="Globex ERP" onChange={(text) => patch('name', { name: text })} />
              <QualificationItemTools name={name.toLowerCase()} onRemove={() => store.edit((current) => removeCompetitor(current, competitor.id))} />
              <SelectField label="Kind" value={competitor.kind} options={COMPETITOR_KINDS} labels={KIND_LABELS} onChange={(kind) => patch('kind', { kind })} />
              <TextField label="Note" value={competitor.note} placeholder="Where they stand" onChange={(note) => patch('note', { note })} />
            </li>
          );
        })}
      </ol>
      <div className="qualification-add-row">
        <button type="button" className="button button-small" onClick={() => store.edit((current) => addCompetitor(current))}>
          Add competitor
        </button>
        {!hasDoNothing && (
          <button type="button" className="button button-small" onClick={() => store.edit(addDoNothing)}>
            Add “Do nothing”
          </button>
        )}
      </div>
    </QualificationGroup>
  );
}
