// The MEDDPICC lens: metrics, economic buyer, decision criteria and process, paper process, pain, champion, competition.
import { judgeCompetition } from './competition-criterion';
import type { LensDefinition } from './lens-types';
import { judgeDecisionCriteria, judgeIdentifiedPain, judgeMetrics } from './meddpicc-measures';
import { judgeChampion, judgeEconomicBuyer } from './meddpicc-people';
import { judgeDecisionProcess, judgePaperProcess } from './process-criteria';

export const MEDDPICC_LENS: LensDefinition = {
  label: 'MEDDPICC',
  criteria: [
    { code: 'metrics', label: 'Metrics', letter: 'M', judge: judgeMetrics },
    { code: 'economic-buyer', label: 'Economic buyer', letter: 'E', judge: judgeEconomicBuyer },
    { code: 'decision-criteria', label: 'Decision criteria', letter: 'D', judge: judgeDecisionCriteria },
    { code: 'decision-process', label: 'Decision process', letter: 'D', judge: judgeDecisionProcess },
    { code: 'paper-process', label: 'Paper process', letter: 'P', judge: judgePaperProcess },
    { code: 'identified-pain', label: 'Identified pain', letter: 'I', judge: judgeIdentifiedPain },
    { code: 'champion', label: 'Champion', letter: 'C', judge: judgeChampion },
    { code: 'competition', label: 'Competition', letter: 'C', judge: judgeCompetition },
  ],
};
