// The pipeline's filter bar: search, owner, stage, close quarter, gap code, blocked only.
import type { ChangeEvent } from 'react';
import { isFiltering, type FilterOptions, type RowFilter } from '../../shared/pipeline';
import type { GapCode, QualificationStage } from '../../shared/engine/types';
import { STAGE_LABELS } from '../vocabulary-labels';
import { gapCodeLabel } from './gap-code-label';

/** Select values: '' is "all", this stands for "none" (no owner, no close date). */
const NONE = '\u0000none';

interface PipelineFiltersProps {
  readonly filter: RowFilter;
  readonly options: FilterOptions;
  readonly shown: number;
  readonly total: number;
  readonly onChange: (filter: RowFilter) => void;
}

function toValue(value: string | null): string {
  return value === null ? NONE : value;
}

function fromValue(value: string): string | null {
  return value === NONE ? null : value;
}

interface FacetProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly allLabel: string;
  readonly choices: readonly { value: string; label: string; deals: number }[];
  readonly onChange: (event: ChangeEvent<HTMLSelectElement>) => void;
}

function Facet({ id, label, value, allLabel, choices, onChange }: FacetProps) {
  return (
    <div className="field pipeline-facet">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={onChange}>
        <option value="">{allLabel}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label} ({choice.deals.toLocaleString()})
          </option>
        ))}
      </select>
    </div>
  );
}

export function PipelineFilters({ filter, options, shown, total, onChange }: PipelineFiltersProps) {
  const first = (values: readonly (string | null)[] | undefined) => (values && values.length > 0 ? toValue(values[0] ?? null) : '');
  const set = (change: Partial<RowFilter>) => onChange({ ...filter, ...change });
  return (
    <div className="pipeline-filters" role="search" aria-label="Filter deals">
      <div className="field pipeline-search">
        <label htmlFor="pipeline-search">Search</label>
        <input
          id="pipeline-search"
          type="search"
          placeholder="Owner, account or deal"
          value={filter.text ?? ''}
          onChange={(event) => set({ text: event.target.value })}
        />
      </div>
      <Facet
        id="pipeline-owner"
        label="Owner"
        allLabel="All owners"
        value={first(filter.owners)}
        choices={options.owners.map((o) => ({ value: toValue(o.value), label: o.value ?? 'No owner', deals: o.deals }))}
        onChange={(event) => set({ owners: event.target.value === '' ? [] : [fromValue(event.target.value)] })}
      />
      <Facet
        id="pipeline-stage"
        label="Stage"
        allLabel="All stages"
        value={first(filter.stages)}
        choices={options.stages.map((o) => ({ value: o.value, label: STAGE_LABELS[o.value], deals: o.deals }))}
        onChange={(event) => set({ stages: event.target.value === '' ? [] : [event.target.value as QualificationStage] })}
      />
      <Facet
        id="pipeline-quarter"
        label="Close quarter"
        allLabel="All quarters"
        value={first(filter.closeQuarters)}
        choices={options.closeQuarters.map((o) => ({ value: toValue(o.value), label: o.value ?? 'No close date', deals: o.deals }))}
        onChange={(event) => set({ closeQuarters: event.target.value === '' ? [] : [fromValue(event.target.value)] })}
      />
      <Facet
        id="pipeline-gap"
        label="Gap"
        allLabel="All gaps"
        value={first(filter.gapCodes)}
        choices={options.gapCodes.map((o) => ({ value: o.value, label: gapCodeLabel(o.value), deals: o.deals }))}
        onChange={(event) => set({ gapCodes: event.target.value === '' ? [] : [event.target.value as GapCode] })}
      />
      <label className="checkbox-field pipeline-blocked">
        <input type="checkbox" checked={filter.blockedOnly ?? false} onChange={(event) => set({ blockedOnly: event.target.checked })} />
        Only blocked deals
      </label>
      <div className="pipeline-filter-summary">
        <span aria-live="polite">
          {shown === total ? `${total.toLocaleString()} deals` : `${shown.toLocaleString()} of ${total.toLocaleString()} deals`}
        </span>
        {isFiltering(filter) && (
          <button type="button" className="button button-small button-quiet" onClick={() => onChange({})}>
            Clear filters
          </button>
        )}
      </div>
    </div>
  );
}
