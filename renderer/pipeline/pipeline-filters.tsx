// The pipeline's filter bar: search, owner, stage, close quarter, gap code, blocked only.
import type { ChangeEvent } from 'react';
import { isFiltering, type FilterOptions, type RowFilter } from '../../shared/pipeline';
import type { GapCode, QualificationStage } from '../../shared/engine/types';
import { useGapCodeLabel } from './gap-code-label';
import { useT } from '../i18n/use-t';
import { useVocabulary } from '../i18n/use-vocabulary';

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
  const t = useT();
  return (
    <div className="field pipeline-facet">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={onChange}>
        <option value="">{allLabel}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {t('pipeline.choice', { label: choice.label, count: choice.deals })}
          </option>
        ))}
      </select>
    </div>
  );
}

export function PipelineFilters({ filter, options, shown, total, onChange }: PipelineFiltersProps) {
  const first = (values: readonly (string | null)[] | undefined) => (values && values.length > 0 ? toValue(values[0] ?? null) : '');
  const set = (change: Partial<RowFilter>) => onChange({ ...filter, ...change });
  const t = useT();
  const vocabulary = useVocabulary();
  const gapCodeLabel = useGapCodeLabel();
  return (
    <div className="pipeline-filters" role="search" aria-label={t('pipeline.filters')}>
      <div className="field pipeline-search">
        <label htmlFor="pipeline-search">{t('pipeline.search')}</label>
        <input
          id="pipeline-search"
          type="search"
          placeholder={t('pipeline.search-placeholder')}
          value={filter.text ?? ''}
          onChange={(event) => set({ text: event.target.value })}
        />
      </div>
      <Facet
        id="pipeline-owner"
        label={t('pipeline.owner')}
        allLabel={t('pipeline.all-owners')}
        value={first(filter.owners)}
        choices={options.owners.map((o) => ({ value: toValue(o.value), label: o.value ?? t('pipeline.no-owner'), deals: o.deals }))}
        onChange={(event) => set({ owners: event.target.value === '' ? [] : [fromValue(event.target.value)] })}
      />
      <Facet
        id="pipeline-stage"
        label={t('pipeline.stage')}
        allLabel={t('pipeline.all-stages')}
        value={first(filter.stages)}
        choices={options.stages.map((o) => ({ value: o.value, label: vocabulary.stage[o.value], deals: o.deals }))}
        onChange={(event) => set({ stages: event.target.value === '' ? [] : [event.target.value as QualificationStage] })}
      />
      <Facet
        id="pipeline-quarter"
        label={t('pipeline.quarter')}
        allLabel={t('pipeline.all-quarters')}
        value={first(filter.closeQuarters)}
        choices={options.closeQuarters.map((o) => ({ value: toValue(o.value), label: o.value ?? t('pipeline.no-close-date'), deals: o.deals }))}
        onChange={(event) => set({ closeQuarters: event.target.value === '' ? [] : [fromValue(event.target.value)] })}
      />
      <Facet
        id="pipeline-gap"
        label={t('pipeline.gap')}
        allLabel={t('pipeline.all-gaps')}
        value={first(filter.gapCodes)}
        choices={options.gapCodes.map((o) => ({ value: o.value, label: gapCodeLabel(o.value), deals: o.deals }))}
        onChange={(event) => set({ gapCodes: event.target.value === '' ? [] : [event.target.value as GapCode] })}
      />
      <label className="checkbox-field pipeline-blocked">
        <input type="checkbox" checked={filter.blockedOnly ?? false} onChange={(event) => set({ blockedOnly: event.target.checked })} />
        {t('pipeline.blocked-only')}
      </label>
      <div className="pipeline-filter-summary">
        <span aria-live="polite">
          {shown === total ? t('pipeline.shown-all', { total }) : t('pipeline.shown-some', { shown, total })}
        </span>
        {isFiltering(filter) && (
          <button type="button" className="button button-small button-quiet" onClick={() => onChange({})}>
            {t('pipeline.clear-filters')}
          </button>
        )}
      </div>
    </div>
  );
}
