// The product's vocabularies (roles, stances, stages...) as words in the chosen language.
import { useMemo } from 'react';
import type { DealmapIntl } from '../../shared/i18n';
import { GAP_SEVERITIES, QUALIFICATION_STAGES, type GapSeverity, type QualificationStage } from '../../shared/engine/types';
import {
  BENEFIT_KINDS,
  COMPETITOR_KINDS,
  DEAL_STATUSES,
  FORECAST_CATEGORIES,
  INTEREST_LEVELS,
  LENS_IDS,
  RELATION_KINDS,
  STAKEHOLDER_ROLES,
  STAKEHOLDER_STANCES,
  type BenefitKind,
  type CompetitorKind,
  type DealStatus,
  type ForecastCategory,
  type InterestLevel,
  type LensId,
  type RelationKind,
  type StakeholderRole,
  type StakeholderStance,
} from '../../shared/model/vocabulary';
import { useDealmapIntl } from './language-context';

export interface VocabularyWords {
  readonly role: Readonly<Record<StakeholderRole, string>>;
  readonly stance: Readonly<Record<StakeholderStance, string>>;
  readonly stage: Readonly<Record<QualificationStage, string>>;
  readonly forecast: Readonly<Record<ForecastCategory, string>>;
  readonly interest: Readonly<Record<InterestLevel, string>>;
  readonly benefit: Readonly<Record<BenefitKind, string>>;
  readonly status: Readonly<Record<DealStatus, string>>;
  readonly severity: Readonly<Record<GapSeverity, string>>;
  readonly relation: Readonly<Record<RelationKind, string>>;
  readonly strength: Readonly<Record<number, string>>;
  readonly lens: Readonly<Record<LensId, string>>;
  readonly competitor: Readonly<Record<CompetitorKind, string>>;
}

function words<K extends string | number>(intl: DealmapIntl, area: string, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, intl.formatMessage({ id: `vocabulary.${area}.${String(key)}` })])) as Record<K, string>;
}

const made = new WeakMap<DealmapIntl, VocabularyWords>();

export function vocabularyWords(intl: DealmapIntl): VocabularyWords {
  const existing = made.get(intl);
  if (existing) return existing;
  const vocabulary: VocabularyWords = {
    role: words(intl, 'role', STAKEHOLDER_ROLES),
    stance: words(intl, 'stance', STAKEHOLDER_STANCES),
    stage: words(intl, 'stage', QUALIFICATION_STAGES),
    forecast: words(intl, 'forecast', FORECAST_CATEGORIES),
    interest: words(intl, 'interest', INTEREST_LEVELS),
    benefit: words(intl, 'benefit', BENEFIT_KINDS),
    status: words(intl, 'status', DEAL_STATUSES),
    severity: words(intl, 'severity', GAP_SEVERITIES),
    relation: words(intl, 'relation', RELATION_KINDS),
    strength: words(intl, 'strength', [1, 2, 3]),
    lens: words(intl, 'lens', LENS_IDS),
    competitor: words(intl, 'competitor', COMPETITOR_KINDS),
  };
  made.set(intl, vocabulary);
  return vocabulary;
}

export function useVocabulary(): VocabularyWords {
  const intl = useDealmapIntl();
  return useMemo(() => vocabularyWords(intl), [intl]);
}
